/**
 * Reading an account with the AWS SDK: one client per service and region, read-only calls with
 * paginators, each call's answer or failure kept as a {@link org.invar.aws.scan.Fetched} in a
 * snapshot. Nothing here touches the model: {@link org.invar.aws.map} turns snapshots into
 * entities once every call has returned, so scans run concurrently and the model is filled by
 * one thread.
 */
package org.invar.aws.scan;

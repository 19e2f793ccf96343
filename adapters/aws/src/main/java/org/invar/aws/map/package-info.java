/**
 * Turning scan snapshots into schema v1 entities, on one thread, after every call has returned.
 *
 * <p>Entity ids: zones by zone id ({@code use1-az1}: the same physical zone in every account;
 * the name, {@code us-east-1a}, is an attribute), or by name when the zone id could not be read;
 * regions by name; EC2 resources by their AWS id ({@code vpc-...}, {@code subnet-...},
 * {@code rtb-...}, {@code sg-...}, {@code i-...}); load balancers, listeners, target groups,
 * ECS clusters, services and tasks, Auto Scaling groups and DB instances by ARN; buckets by name.
 * Parts take their owner's id and a suffix: {@code rtb-1/0.0.0.0/0} (a route),
 * {@code sg-1/ingress/2}, {@code <target group ARN>/10.0.1.5:8080} (a target),
 * {@code <service ARN>/placement-strategy/1}. Origins are ARNs.
 *
 * <p>A failed call leaves what it would have filled unknown, with the call's reason; an entity
 * referenced but not read (its listing failed) is added with every field unknown. A failed
 * listing also adds a placeholder for the entities it may have left out ({@code Unlisted}):
 * {@code unlisted load balancers of 123456789012/eu-west-1}, whose existence and fields are
 * unknown, so rules over that kind are unknown rather than skipped.
 */
package org.invar.aws.map;

/**
 * Reading template files (YAML, JSON) into a position-keeping node tree, within limits.
 *
 * <p>Internal to the adapter: the API is {@link org.invar.cloudformation.CloudFormation} and
 * {@link org.invar.cloudformation.CloudFormationSource}.
 */
package org.invar.cloudformation.read;

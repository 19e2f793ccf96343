/**
 * Mapping resolved resources to the entities of invar's schema.
 *
 * <p>Internal to the adapter: the API is {@link org.invar.cloudformation.CloudFormation} and
 * {@link org.invar.cloudformation.CloudFormationSource}.
 */
package org.invar.cloudformation.map;

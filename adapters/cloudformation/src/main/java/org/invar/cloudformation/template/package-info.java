/**
 * The sections of a template as written: parameters, conditions, resources, outputs.
 *
 * <p>Internal to the adapter: the API is {@link org.invar.cloudformation.CloudFormation} and
 * {@link org.invar.cloudformation.CloudFormationSource}.
 */
package org.invar.cloudformation.template;

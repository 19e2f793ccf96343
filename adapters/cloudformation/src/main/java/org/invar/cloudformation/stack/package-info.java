/**
 * Loading a template and its nested stacks from local files.
 *
 * <p>Internal to the adapter: the API is {@link org.invar.cloudformation.CloudFormation} and
 * {@link org.invar.cloudformation.CloudFormationSource}.
 */
package org.invar.cloudformation.stack;

/**
 * Resolving intrinsic functions and conditions by partial evaluation: known, symbolic or unknown values.
 *
 * <p>Internal to the adapter: the API is {@link org.invar.cloudformation.CloudFormation} and
 * {@link org.invar.cloudformation.CloudFormationSource}.
 */
package org.invar.cloudformation.resolve;

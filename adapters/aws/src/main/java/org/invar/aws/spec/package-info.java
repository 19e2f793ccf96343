/**
 * What a live scan is asked to read: the accounts ({@link org.invar.aws.spec.AwsAccount}), regions
 * and limits of an {@link org.invar.aws.spec.AwsScanSpec}, parsed from an {@code aws:...} input,
 * and where its progress goes. The scanner ({@code org.invar.aws.scan}) reads these; nothing here
 * calls AWS.
 */
package org.invar.aws.spec;

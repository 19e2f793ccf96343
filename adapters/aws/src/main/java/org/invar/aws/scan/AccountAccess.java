package org.invar.aws.scan;

import java.util.Optional;
import org.invar.aws.spec.AwsAccount;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * An account ready to scan, or why it cannot be: its credentials, its id (from
 * sts:GetCallerIdentity, else its label), and the failure that blocks it when credentials could
 * not be had or the endpoint could not be reached; then none of its calls is made.
 */
record AccountAccess(AwsAccount account, AwsCredentialsProvider credentials, String id,
                     Optional<CallFailure> blocked) {
}

package org.invar.aws.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.invar.aws.spec.AwsAccount;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The credentials of each account: given ones (tests, embedders), a named profile, or the
 * default chain; exchanged through sts:AssumeRole when the account names a role. The providers
 * hold the secrets; this class never reads them, so nothing here can print them.
 */
final class Credentials implements AutoCloseable {
    static final String SESSION_NAME = "invar-scan";

    private final Optional<AwsCredentialsProvider> given;
    private final ClientFactory clients;
    private final List<AutoCloseable> opened = new ArrayList<>();

    Credentials(Optional<AwsCredentialsProvider> given, ClientFactory clients) {
        this.given = given;
        this.clients = clients;
    }

    synchronized AwsCredentialsProvider of(AwsAccount account, String region) {
        AwsCredentialsProvider base = given.orElseGet(() -> account.profile()
                .<AwsCredentialsProvider>map(p -> open(ProfileCredentialsProvider.create(p)))
                .orElseGet(() -> open(DefaultCredentialsProvider.builder().build())));
        if (account.roleArn().isEmpty()) {
            return base;
        }
        StsClient sts = open(clients.sts(base, region));
        String role = account.roleArn().get();
        return open(StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .asyncCredentialUpdateEnabled(false)
                .refreshRequest(r -> r.roleArn(role).roleSessionName(SESSION_NAME))
                .build());
    }

    private <T extends SdkAutoCloseable> T open(T closeable) {
        opened.add(closeable::close);
        return closeable;
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception e) {
                // Closing a provider or an STS client releases threads only; nothing is lost.
            }
        }
        opened.clear();
    }
}

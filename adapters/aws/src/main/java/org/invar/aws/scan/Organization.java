package org.invar.aws.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.invar.aws.spec.AwsAccount;
import org.invar.aws.spec.AwsScanSpec;
import org.invar.spi.ModelLoadException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The accounts an organisation scan covers: every account {@code organizations:ListAccounts}
 * lists as active, each through the spec's role in it ({@code arn:aws:iam::<id>:role/<name>},
 * assumed with the credentials of the listing account). A suspended (closed) account cannot be
 * scanned: it is left out with a note, never silently.
 */
final class Organization {
    private Organization() {
    }

    /** The member accounts, or empty when the listing failed (the failure is recorded by {@code calls}). */
    static Optional<List<AwsAccount>> members(AwsScanSpec spec, ClientFactory clients, Credentials credentials,
                                              Calls calls, List<String> notes) {
        AwsAccount lister = spec.accounts().get(0);
        String role = spec.organizationRole().orElseThrow();
        String partition = calls.scope().partition();
        Fetched<List<OrganizationAccounts.Account>> listed = calls.fetch("organizations:ListAccounts", () -> {
            AwsCredentialsProvider base = credentials.of(lister, calls.scope().region());
            return OrganizationAccounts.list(clients.http(), base, partition, clients.endpoint());
        });
        if (!listed.isOk()) {
            return Optional.empty();
        }
        List<AwsAccount> members = new ArrayList<>();
        for (OrganizationAccounts.Account a : listed.get()) {
            if (a.mayBeActive()) {
                members.add(AwsAccount.role(lister.profile().orElse(null),
                        "arn:" + partition + ":iam::" + a.id() + ":role/" + role));
            } else {
                notes.add("account " + a.id() + (a.name().isEmpty() ? "" : " (" + a.name() + ")")
                        + " of the organization not scanned: it is " + a.status());
            }
        }
        if (members.isEmpty()) {
            throw new ModelLoadException("aws: error: the organization lists no active account ("
                    + listed.get().size() + " listed)");
        }
        return Optional.of(members);
    }
}

package org.invar.aws.spec;

import java.util.Optional;

/**
 * One account to scan: the credentials of a named profile (or the SDK's default chain when no
 * profile is named), optionally exchanged for an assumed role's.
 *
 * <pre>{@code
 * AwsAccount prod = AwsAccount.role("audit", "arn:aws:iam::123456789012:role/invar-read");
 * }</pre>
 */
public record AwsAccount(Optional<String> profile, Optional<String> roleArn) {
    /** The default credentials chain (environment, profile file, container or instance role). */
    public static final AwsAccount DEFAULT = new AwsAccount(Optional.empty(), Optional.empty());

    public AwsAccount {
        profile = profile == null ? Optional.empty() : profile;
        roleArn = roleArn == null ? Optional.empty() : roleArn;
    }

    public static AwsAccount profile(String profile) {
        return new AwsAccount(Optional.of(profile), Optional.empty());
    }

    /** A role assumed with the credentials of a profile, or of the default chain when profile is null. */
    public static AwsAccount role(String profile, String roleArn) {
        return new AwsAccount(Optional.ofNullable(profile), Optional.of(roleArn));
    }

    /** How messages name the account before its id is known: {@code profile dev}, {@code role arn:...}. */
    public String label() {
        if (roleArn.isPresent()) {
            return "role " + roleArn.get();
        }
        return profile.map(p -> "profile " + p).orElse("default credentials");
    }
}

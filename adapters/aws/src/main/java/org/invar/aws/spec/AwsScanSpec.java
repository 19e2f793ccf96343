package org.invar.aws.spec;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.invar.spi.LoadOptions;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * What to scan: accounts, regions, and how the SDK reaches them.
 *
 * <pre>{@code
 * AwsScanSpec spec = AwsScanSpec.builder()
 *         .account(AwsAccount.profile("prod"))
 *         .regions("eu-west-1", "eu-west-3")
 *         .build();
 * Model model = Aws.scan(spec);
 *
 * AwsScanSpec same = AwsScanSpec.parse("aws:profile=prod,region=eu-west-1,eu-west-3", LoadOptions.DEFAULT);
 * }</pre>
 *
 * <p>With no region the SDK's default for the profile is used (environment, then profile
 * file). An {@link #endpoint()} sends every call there instead of AWS (tests, emulators).
 * {@link #credentials()}, when present, replaces every account's credentials: for tests and for
 * embedders that resolve credentials themselves. The spec's {@link #toString()} names no secret.
 */
public final class AwsScanSpec {
    private final List<AwsAccount> accounts;
    private final List<String> regions;
    private final Optional<URI> endpoint;
    private final Optional<AwsCredentialsProvider> credentials;
    private final ScanLimits limits;
    private final ScanProgress progress;
    private final Optional<String> organizationRole;

    private AwsScanSpec(Builder b) {
        this.organizationRole = Optional.ofNullable(b.organizationRole);
        this.accounts = b.accounts.isEmpty() ? List.of(AwsAccount.DEFAULT) : List.copyOf(b.accounts);
        this.regions = List.copyOf(b.regions);
        this.endpoint = Optional.ofNullable(b.endpoint);
        this.credentials = Optional.ofNullable(b.credentials);
        this.limits = b.limits;
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads {@code aws:profile=P,region=R1,R2[,role=ARN]}; {@code aws:} alone is the default
     * credentials in the region of {@code options} or the SDK's default. The endpoint of
     * {@code options} ({@code --aws-endpoint}) applies. Progress goes to standard error.
     *
     * @throws org.invar.spi.ModelLoadException when the text is not such a spec
     */
    public static AwsScanSpec parse(String spec, LoadOptions options) {
        return AwsSpecParser.parse(spec, options);
    }

    public List<AwsAccount> accounts() {
        return accounts;
    }

    /** The regions to scan; empty means the SDK's default region. */
    public List<String> regions() {
        return regions;
    }

    public Optional<URI> endpoint() {
        return endpoint;
    }

    public Optional<AwsCredentialsProvider> credentials() {
        return credentials;
    }

    public ScanLimits limits() {
        return limits;
    }

    public ScanProgress progress() {
        return progress;
    }

    /**
     * When present, the scan covers every active account of the organisation that the one account
     * of {@link #accounts()} (the management or a delegated administrator account) lists, each
     * through the role of this name ({@code invar-read}, or with a path, {@code audit/invar-read}).
     */
    public Optional<String> organizationRole() {
        return organizationRole;
    }

    /** A builder holding this spec's values, to change one or two. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accounts.addAll(accounts);
        b.regions.addAll(regions);
        b.endpoint = endpoint.orElse(null);
        b.credentials = credentials.orElse(null);
        b.limits = limits;
        b.progress = progress;
        b.organizationRole = organizationRole.orElse(null);
        return b;
    }

    @Override
    public String toString() {
        // Names accounts and regions only: a credentials provider may print its key id.
        return "AwsScanSpec[accounts=" + accounts.stream().map(AwsAccount::label).toList()
                + organizationRole.map(r -> ", organization role=" + r).orElse("") + ", regions=" + regions
                + endpoint.map(e -> ", endpoint=" + e).orElse("")
                + (credentials.isPresent() ? ", credentials=given" : "") + "]";
    }

    /** Builds an {@link AwsScanSpec}. */
    public static final class Builder {
        private final List<AwsAccount> accounts = new ArrayList<>();
        private final List<String> regions = new ArrayList<>();
        private URI endpoint;
        private AwsCredentialsProvider credentials;
        private ScanLimits limits = ScanLimits.DEFAULT;
        private ScanProgress progress = ScanProgress.stderr();
        private String organizationRole;

        private Builder() {
        }

        public Builder account(AwsAccount account) {
            accounts.add(Objects.requireNonNull(account, "account"));
            return this;
        }

        public Builder region(String region) {
            regions.add(Objects.requireNonNull(region, "region"));
            return this;
        }

        public Builder regions(String... names) {
            for (String r : names) {
                region(r);
            }
            return this;
        }

        public Builder endpoint(URI uri) {
            this.endpoint = uri;
            return this;
        }

        public Builder credentials(AwsCredentialsProvider provider) {
            this.credentials = provider;
            return this;
        }

        public Builder limits(ScanLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        public Builder progress(ScanProgress sink) {
            this.progress = Objects.requireNonNull(sink, "progress");
            return this;
        }

        /** Scans every active account of the organisation through the role of this name in each. */
        public Builder organization(String roleName) {
            this.organizationRole = Objects.requireNonNull(roleName, "roleName");
            return this;
        }

        public AwsScanSpec build() {
            if (organizationRole != null && accounts.size() > 1) {
                throw new IllegalArgumentException("an organisation is listed with the credentials of one account");
            }
            return new AwsScanSpec(this);
        }
    }
}

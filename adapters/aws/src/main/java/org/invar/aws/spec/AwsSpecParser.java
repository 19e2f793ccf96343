package org.invar.aws.spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;

/**
 * Reads {@code aws:profile=P,region=R1,R2,role=ARN}. Items are separated by commas; an item
 * without {@code =} continues the list of the key before it, so {@code region=R1,R2} names two
 * regions. Several profiles are several accounts; roles are assumed with the credentials of the
 * one profile given (or the default chain), one account per role.
 */
final class AwsSpecParser {
    static final String USAGE = "aws:profile=P,region=R1,R2[,role=ARN] or aws:organization,role=NAME[,profile=P,region=R]";
    /** The bare item that scans an organisation: {@code aws:organization,role=invar-read}. */
    static final String ORGANIZATION = "organization";
    private static final Pattern ROLE_NAME = Pattern.compile("([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern ROLE = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");
    private static final Pattern PROFILE = Pattern.compile("[\\w+=.@/-]+");

    private AwsSpecParser() {
    }

    static AwsScanSpec parse(String spec, LoadOptions options) {
        if (!spec.startsWith("aws:")) {
            throw error(spec, "an AWS input starts with aws:");
        }
        Map<String, List<String>> values = items(spec, spec.substring(4));
        AwsScanSpec.Builder b = AwsScanSpec.builder();
        List<String> profiles = values.getOrDefault("profile", List.of());
        List<String> roles = values.getOrDefault("role", List.of());
        for (String p : profiles) {
            check(spec, "profile", p, PROFILE, "a profile name from ~/.aws/config");
        }
        if (values.containsKey(ORGANIZATION)) {
            organization(spec, b, profiles, roles);
        } else {
            accounts(spec, b, profiles, roles);
        }
        List<String> regions = values.getOrDefault("region", List.of());
        for (String r : regions) {
            check(spec, "region", r, REGION, "a region name such as eu-west-3");
        }
        if (regions.isEmpty()) {
            options.region().ifPresent(b::region);
        } else {
            regions.stream().distinct().forEach(b::region);
        }
        options.endpoint().ifPresent(e -> b.endpoint(endpoint(spec, e)));
        b.limits(limits(spec, values, options));
        return b.build();
    }

    /**
     * {@code timeout}: seconds one call may take, retries included (each attempt gets at most
     * that too); {@code deadline}: seconds the whole scan may take. The input's own values win over
     * those every input is told ({@code --aws-timeout}, {@code --aws-deadline}), as its region does.
     */
    private static ScanLimits limits(String spec, Map<String, List<String>> values, LoadOptions options) {
        ScanLimits limits = ScanLimits.DEFAULT;
        Optional<Duration> timeout = seconds(spec, "timeout", values).or(options::callTimeout);
        if (timeout.isPresent()) {
            Duration call = timeout.get();
            Duration attempt = call.compareTo(limits.apiCallAttemptTimeout()) < 0 ? call : limits.apiCallAttemptTimeout();
            limits = limits.withTimeouts(call, attempt);
        }
        Optional<Duration> deadline = seconds(spec, "deadline", values).or(options::scanDeadline);
        if (deadline.isPresent()) {
            limits = limits.withScanDeadline(deadline.get());
        }
        return limits;
    }

    private static Optional<Duration> seconds(String spec, String key, Map<String, List<String>> values) {
        List<String> given = values.getOrDefault(key, List.of());
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (given.size() > 1) {
            throw error(spec, key + " takes one value, not " + given.size());
        }
        String value = given.get(0);
        if (!value.matches("[1-9][0-9]{0,5}")) {
            throw error(spec, key + " '" + value + "' is not a number of seconds such as 30");
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }

    private static Map<String, List<String>> items(String spec, String body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (body.isBlank()) {
            return values;
        }
        String key = null;
        for (String raw : body.split(",", -1)) {
            String item = raw.strip();
            int eq = item.indexOf('=');
            String value;
            if (item.equals(ORGANIZATION)) {
                values.put(ORGANIZATION, List.of());
                key = null;
                continue;
            }
            if (eq >= 0) {
                key = canonical(spec, item.substring(0, eq).strip());
                value = item.substring(eq + 1).strip();
            } else if (key == null) {
                throw error(spec, "'" + item + "' has no key; expected key=value");
            } else {
                value = item;
            }
            if (value.isEmpty()) {
                throw error(spec, key + " needs a value");
            }
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static String canonical(String spec, String key) {
        return switch (key) {
            case "profile", "profiles" -> "profile";
            case "region", "regions" -> "region";
            case "role", "roles", "role-arn", "role_arn" -> "role";
            case "timeout" -> "timeout";
            case "deadline" -> "deadline";
            case "" -> throw error(spec, "an item has '=' but no key");
            default -> throw error(spec, "unknown key '" + key + "'; expected profile, region, role, timeout, deadline "
                    + "or the bare item organization");
        };
    }

    /** {@code organization,role=NAME[,profile=P]}: the profile lists the accounts, the role is in each. */
    private static void organization(String spec, AwsScanSpec.Builder b, List<String> profiles, List<String> roles) {
        if (roles.isEmpty()) {
            throw error(spec, "an organization is scanned through one role, in each account: give role=NAME, "
                    + "such as role=invar-read");
        }
        if (roles.size() > 1) {
            throw error(spec, "an organization is scanned through one role, the same in each account, not "
                    + roles.size() + " (" + String.join(", ", roles) + "): give role=NAME once");
        }
        check(spec, "role", roles.get(0), ROLE_NAME, "a role name such as invar-read (the same in every account)");
        if (profiles.size() > 1) {
            throw error(spec, "an organization is listed with the credentials of one profile (its management or "
                    + "delegated administrator account), not " + profiles.size());
        }
        profiles.forEach(p -> b.account(AwsAccount.profile(p)));
        b.organization(roles.get(0));
    }

    private static void accounts(String spec, AwsScanSpec.Builder b, List<String> profiles, List<String> roles) {
        for (String r : roles) {
            check(spec, "role", r, ROLE, "a role ARN such as arn:aws:iam::123456789012:role/invar-read");
        }
        if (!roles.isEmpty() && profiles.size() > 1) {
            throw error(spec, "roles are assumed with the credentials of one profile; give one profile, "
                    + "or one aws: input per profile");
        }
        if (roles.isEmpty()) {
            profiles.forEach(p -> b.account(AwsAccount.profile(p)));
        } else {
            String base = profiles.isEmpty() ? null : profiles.get(0);
            roles.forEach(r -> b.account(AwsAccount.role(base, r)));
        }
    }

    private static void check(String spec, String key, String value, Pattern shape, String expected) {
        if (!shape.matcher(value).matches()) {
            throw error(spec, key + " '" + value + "' is not " + expected);
        }
    }

    private static URI endpoint(String spec, String text) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw error(spec, "--aws-endpoint '" + text + "' is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw error(spec, "--aws-endpoint '" + text + "' is not a URL");
        }
    }

    private static ModelLoadException error(String spec, String message) {
        return new ModelLoadException(spec + ": error: " + message + " (expected " + USAGE + ")");
    }
}

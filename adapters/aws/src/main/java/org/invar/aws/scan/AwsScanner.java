package org.invar.aws.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.invar.aws.spec.AwsAccount;
import org.invar.aws.spec.AwsScanSpec;
import org.invar.spi.ModelLoadException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Scans every (account, region) of a spec on a bounded pool: first each account's identity
 * (sts:GetCallerIdentity, after sts:AssumeRole for a role), then one job per account, region and
 * service (EC2, ELBv2, ECS, Auto Scaling, RDS) and one S3 job per account. Two jobs per region
 * start only once what they depend on has been read, so they ask only what is needed: the
 * Application Auto Scaling job after ECS (no call where ECS has no service), the network
 * interfaces job after EC2, ELBv2 and ECS (only the addresses of IP targets no task places). A
 * failed call is recorded and the scan goes on; an account whose credentials or endpoint fail is
 * not scanned further, every part of it failing with that reason.
 *
 * <pre>{@code
 * ScanResult result = AwsScanner.scan(spec);
 * }</pre>
 */
public final class AwsScanner {
    /** EC2, ELBv2, ECS, Auto Scaling, RDS, then Application Auto Scaling and network interfaces. */
    private static final int JOBS_PER_REGION = 7;
    /** How often a long scan says how many calls it has made so far. */
    private static final Duration TICK = Duration.ofSeconds(5);

    private final AwsScanSpec spec;
    private final ErrorClassifier classifier;
    private final ProgressReporter reporter;
    private final ScanDeadline deadline;

    private AwsScanner(AwsScanSpec spec) {
        this.spec = spec;
        this.classifier = new ErrorClassifier(spec.limits());
        this.deadline = new ScanDeadline(spec.limits().scanDeadline());
        this.reporter = new ProgressReporter(spec.progress());
    }

    public static ScanResult scan(AwsScanSpec spec) {
        return new AwsScanner(spec).run();
    }

    private ScanResult run() {
        List<String> regions = regions();
        String home = regions.get(0);
        ExecutorService pool = Executors.newFixedThreadPool(spec.limits().concurrency(), threads());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(threads());
        ticker.scheduleAtFixedRate(reporter::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        try (ClientFactory clients = new ClientFactory(spec.limits(), spec.endpoint());
             Credentials credentials = new Credentials(spec.credentials(), clients)) {
            List<String> notes = new ArrayList<>();
            List<AwsAccount> accounts = spec.accounts();
            if (spec.organizationRole().isPresent()) {
                Optional<List<AwsAccount>> members = Organization.members(spec, clients, credentials,
                        calls(new ScanScope(spec.accounts().get(0).label(), home, false)), notes);
                if (members.isEmpty()) {
                    return new ScanResult(List.of(), reporter.failures(), notes);
                }
                accounts = members.get();
            }
            boolean several = accounts.size() > 1 || spec.organizationRole().isPresent();
            int units = accounts.size() * (regions.size() * JOBS_PER_REGION + 1);
            reporter.line("scanning " + accounts.size() + (accounts.size() == 1 ? " account" : " accounts") + " in "
                    + String.join(", ", regions) + " (" + units + " jobs)");
            List<CompletableFuture<AccountAccess>> identities = new ArrayList<>();
            for (AwsAccount account : accounts) {
                identities.add(CompletableFuture.supplyAsync(
                        () -> identify(account, credentials, clients, home, several), pool));
            }
            List<AccountAccess> accesses = new ArrayList<>();
            for (CompletableFuture<AccountAccess> f : identities) {
                accesses.add(join(f));
            }
            Jobs jobs = new Jobs(pool, reporter, units);
            List<AccountParts> parts = new ArrayList<>();
            for (AccountAccess access : accesses) {
                parts.add(submit(access, regions, several, clients, jobs));
            }
            List<AccountSnapshot> snapshots = new ArrayList<>();
            for (AccountParts p : parts) {
                snapshots.add(p.join());
            }
            reporter.line("done, " + reporter.counts());
            return new ScanResult(snapshots, reporter.failures(), notes);
        } finally {
            ticker.shutdownNow();
            pool.shutdownNow();
        }
    }

    private Calls calls(ScanScope scope) {
        return new Calls(scope, classifier, reporter, deadline);
    }

    private List<String> regions() {
        if (!spec.regions().isEmpty()) {
            return spec.regions();
        }
        return DefaultRegion.of(spec.accounts().get(0)).map(List::of).orElseThrow(() -> new ModelLoadException(
                "aws: error: no region to scan: name one (aws:region=eu-west-1 or --region), or set AWS_REGION"
                        + " or a region in the profile"));
    }

    private AccountAccess identify(AwsAccount account, Credentials credentials, ClientFactory clients, String region,
                                   boolean several) {
        // A role names its account: reasons say which account even when the role cannot be assumed.
        String named = account.roleArn().map(r -> r.split(":")[4]).orElse(account.label());
        Calls calls = calls(new ScanScope(named, region, several));
        String first = account.roleArn().isPresent() ? "sts:AssumeRole" : "sts:GetCallerIdentity";
        // A profile that does not exist can fail as soon as its provider is made.
        Fetched<AwsCredentialsProvider> provider = calls.fetch(first, () -> credentials.of(account, region));
        if (account.roleArn().isPresent()) {
            // Resolving first tells a refused sts:AssumeRole apart from a refused service call.
            provider = provider.then(p -> calls.fetch(first, () -> {
                p.resolveCredentials();
                return p;
            }));
        }
        if (!provider.isOk()) {
            return new AccountAccess(account, null, named, provider.failure());
        }
        Fetched<String> id;
        try (var sts = clients.sts(provider.get(), region)) {
            id = calls.fetch("sts:GetCallerIdentity", () -> sts.getCallerIdentity().account());
        }
        Optional<CallFailure> blocked = id.failure().filter(f -> f.accountWide()
                || f.outcome() == CallFailure.Outcome.TIMED_OUT);
        // sts:GetCallerIdentity denied (a policy that refuses it) leaves the id unknown, not the scan.
        String unknownId = account.roleArn().isPresent() ? named : "unknown (" + account.label() + ")";
        return new AccountAccess(account, provider.get(), id.orElse(unknownId), blocked);
    }

    private AccountParts submit(AccountAccess access, List<String> regions, boolean several, ClientFactory clients,
                                Jobs jobs) {
        AwsCredentialsProvider creds = access.credentials();
        ScanScope home = new ScanScope(access.id(), regions.get(0), several);
        if (access.blocked().isPresent()) {
            CallFailure f = access.blocked().get();
            jobs.skip(regions.size() * JOBS_PER_REGION + 1, home.account() + ": not scanned: " + f.reason());
            List<RegionSnapshot> failed = regions.stream()
                    .map(r -> RegionSnapshot.failed(new ScanScope(access.id(), r, several), f)).toList();
            return new AccountParts(home, CompletableFuture.completedFuture(S3Snapshot.failed(f)), failed.stream()
                    .map(r -> new RegionParts(r.scope(), done(r.ec2()), done(r.elb()), done(r.ecs()),
                            done(r.autoScaling()), done(r.rds()), done(r.interfaces()), done(r.scaling()))).toList());
        }
        var s3 = jobs.run(home, "s3", S3Snapshot::failed, calls -> {
            try (var c = clients.s3(creds, home.region())) {
                return S3Scanner.scan(c, calls);
            }
        });
        List<RegionParts> regionParts = new ArrayList<>();
        for (String region : regions) {
            regionParts.add(region(new ScanScope(access.id(), region, several), creds, clients, jobs));
        }
        return new AccountParts(home, s3, regionParts);
    }

    private RegionParts region(ScanScope scope, AwsCredentialsProvider creds, ClientFactory clients, Jobs jobs) {
        String region = scope.region();
        var ec2 = jobs.run(scope, "ec2", Ec2Snapshot::failed, calls -> {
            try (var c = clients.ec2(creds, region)) {
                return Ec2Scanner.scan(c, calls);
            }
        });
        var elb = jobs.run(scope, "elbv2", ElbSnapshot::failed, calls -> {
            try (var c = clients.elb(creds, region)) {
                return ElbScanner.scan(c, calls);
            }
        });
        var ecs = jobs.run(scope, "ecs", EcsSnapshot::failed, calls -> {
            try (var c = clients.ecs(creds, region)) {
                return EcsScanner.scan(c, calls);
            }
        });
        var autoScaling = jobs.run(scope, "autoscaling", AutoScalingSnapshot::failed, calls -> {
            try (var c = clients.autoScaling(creds, region)) {
                return AutoScalingScanner.scan(c, calls);
            }
        });
        var rds = jobs.run(scope, "rds", RdsSnapshot::failed, calls -> {
            try (var c = clients.rds(creds, region)) {
                return RdsScanner.scan(c, calls);
            }
        });
        // The futures these two read are complete when they start: no pool thread waits on another.
        var interfaces = jobs.after(CompletableFuture.allOf(ec2, elb, ecs), scope, "ec2 network interfaces",
                NetworkInterfacesSnapshot::failed, calls -> {
                    List<String> addresses = UnplacedAddresses.of(ec2.join(), elb.join(), ecs.join());
                    if (addresses.isEmpty()) {
                        return NetworkInterfacesSnapshot.none();
                    }
                    try (var c = clients.ec2(creds, region)) {
                        return NetworkInterfaceScanner.scan(c, calls, addresses);
                    }
                });
        var scaling = jobs.after(ecs, scope, "application-autoscaling", ApplicationAutoScalingSnapshot::failed,
                calls -> {
                    if (!ApplicationAutoScalingScanner.needed(ecs.join())) {
                        return ApplicationAutoScalingSnapshot.none();
                    }
                    try (var c = clients.applicationAutoScaling(creds, region)) {
                        return ApplicationAutoScalingScanner.scan(c, calls);
                    }
                });
        return new RegionParts(scope, ec2, elb, ecs, autoScaling, rds, interfaces, scaling);
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelLoadException("aws: error: the scan was interrupted");
        } catch (ExecutionException e) {
            // Jobs catch everything they can; what reaches here is a programming error.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "invar-aws-scan-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs the jobs of a scan on the pool and counts them for progress. */
    private final class Jobs {
        private final ExecutorService pool;
        private final ProgressReporter reporter;
        private final int total;
        private int counted;

        Jobs(ExecutorService pool, ProgressReporter reporter, int total) {
            this.pool = pool;
            this.reporter = reporter;
            this.total = total;
        }

        <T> CompletableFuture<T> run(ScanScope scope, String service, Function<CallFailure, T> failed,
                                     Function<Calls, T> work) {
            return CompletableFuture.supplyAsync(() -> {
                Calls calls = new Calls(scope, classifier, reporter, deadline);
                T result;
                try {
                    result = work.apply(calls);
                } catch (RuntimeException e) {
                    // A response the SDK could read but this adapter could not: keep scanning the rest.
                    CallFailure f = new CallFailure(scope, service + " scan", CallFailure.Outcome.FAILED,
                            e.getClass().getSimpleName());
                    reporter.called(f.action(), true);
                    reporter.failure(f);
                    result = failed.apply(f);
                }
                int failures = calls.failures().size();
                finished(1, scope.account() + " " + scope.region() + " " + service + (failures == 0 ? " read"
                        : " read, " + failures + (failures == 1 ? " call" : " calls") + " failed"));
                return result;
            }, pool);
        }

        /** A job that starts once {@code before} is complete, on the same pool. */
        <T> CompletableFuture<T> after(CompletableFuture<?> before, ScanScope scope, String service,
                                       Function<CallFailure, T> failed, Function<Calls, T> work) {
            return before.thenCompose(ignored -> run(scope, service, failed, work));
        }

        /** Counts and says in one step, so the lines come in the order of their counts. */
        private synchronized void finished(int jobs, String what) {
            counted += jobs;
            reporter.line("[" + counted + "/" + total + "] " + what);
        }

        void skip(int jobs, String why) {
            finished(jobs, why);
        }
    }

    private record RegionParts(ScanScope scope, CompletableFuture<Ec2Snapshot> ec2, CompletableFuture<ElbSnapshot> elb,
                               CompletableFuture<EcsSnapshot> ecs, CompletableFuture<AutoScalingSnapshot> autoScaling,
                               CompletableFuture<RdsSnapshot> rds,
                               CompletableFuture<NetworkInterfacesSnapshot> interfaces,
                               CompletableFuture<ApplicationAutoScalingSnapshot> scaling) {
        RegionSnapshot join() {
            return new RegionSnapshot(scope, AwsScanner.join(ec2), AwsScanner.join(elb), AwsScanner.join(ecs),
                    AwsScanner.join(autoScaling), AwsScanner.join(rds), AwsScanner.join(interfaces),
                    AwsScanner.join(scaling));
        }
    }

    private record AccountParts(ScanScope home, CompletableFuture<S3Snapshot> s3, List<RegionParts> regions) {
        AccountSnapshot join() {
            return new AccountSnapshot(home, AwsScanner.join(s3), regions.stream().map(RegionParts::join).toList());
        }
    }
}

package org.invar.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for AWS on 127.0.0.1 that answers each protocol as AWS does: the Query protocol
 * (EC2, ELBv2, Auto Scaling, RDS, STS: a form-encoded POST with {@code Action=...}, answered
 * with XML), JSON 1.1 for ECS and Application Auto Scaling ({@code X-Amz-Target}, whose prefix
 * names the service), and S3's REST XML (path-style).
 *
 * <p>Answers are files under {@code src/test/resources/aws/<scenario>/<service>/<Action>.xml}
 * (or {@code .json} for the JSON services); the first scenario that has the file wins, so a
 * scenario only holds what differs from those after it; a test can also give an answer itself
 * ({@link #answer}), which wins over the files. A paginated call asks for the next page with the
 * token of the page before; the token names the file: {@code DescribeSubnets.page2.xml}. S3
 * files are {@code s3/ListBuckets.xml} and {@code s3/<bucket>.<versioning|encryption|publicAccessBlock>.xml}.
 *
 * <p>A call about one resource ({@code TargetGroupArn=...}) is answered from the file named after
 * the ARN's last part when there is one ({@code DescribeTargetHealth.73e2d6bc24d8a067.xml}). A
 * region can have a scenario of its own ({@link #region}), chosen by the region the request is
 * signed for. An action can also be answered from what each request asks ({@link #respond}),
 * as an emulated account with hundreds of services answers {@code ecs:DescribeServices} for
 * whichever ten services a request names.
 *
 * <p>Public for {@code AwsScanBenchmark}, which scans an emulated account ({@link LargeAccount}) from it.
 *
 * <p>Tests can make an action (its IAM name, {@code ecs:DescribeServices}) denied, throttled a
 * number of times, or slow; every request is recorded, and so is the most requests answered at once.
 */
public final class FakeAws implements AutoCloseable {
    static final String ACCOUNT = "123456789012";
    private static final Map<String, String> QUERY_SERVICES = Map.of(
            "2016-11-15", "ec2", "2015-12-01", "elasticloadbalancing", "2011-01-01", "autoscaling",
            "2014-10-31", "rds", "2011-06-15", "sts");
    private static final Map<String, String> NAMESPACES = Map.of(
            "elasticloadbalancing", "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/",
            "autoscaling", "http://autoscaling.amazonaws.com/doc/2011-01-01/",
            "rds", "http://rds.amazonaws.com/doc/2014-10-31/",
            "sts", "https://sts.amazonaws.com/doc/2011-06-15/");
    /** JSON 1.1 services by the prefix of their {@code X-Amz-Target}. */
    private static final Map<String, String> JSON_SERVICES = Map.of(
            "AmazonEC2ContainerServiceV20141113", "ecs", "AnyScaleFrontendService", "application-autoscaling",
            "AWSOrganizationsV20161128", "organizations");
    // ECS spells it nextToken, Application Auto Scaling NextToken.
    private static final Pattern JSON_TOKEN = Pattern.compile("\"[nN]extToken\"\\s*:\\s*\"([^\"]+)\"");

    /** One request as the fake saw it. */
    public record Request(String action, Map<String, String> params, Map<String, List<String>> headers, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<String> scenarios;
    private final Map<String, Boolean> denied = new ConcurrentHashMap<>();
    private final Map<String, Boolean> deniedIn = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> throttles = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> regionScenarios = new ConcurrentHashMap<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, Function<Request, String>> responders = new ConcurrentHashMap<>();
    /** Per access key id: the account it signs for and that account's scenario. */
    private final Map<String, String[]> accounts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> deniedRoles = new ConcurrentHashMap<>();
    private volatile Duration latency = Duration.ZERO;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private static final Pattern SCOPE_REGION = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/");
    private static final Pattern KEY_ID = Pattern.compile("Credential=([^/]+)/");
    private static final List<String> RESOURCE_PARAMS = List.of("TargetGroupArn", "LoadBalancerArn", "ListenerArn");

    static {
        // The JDK's server writes an answer's headers and its body apart; without TCP_NODELAY the
        // body waits for the client's delayed ACK of the headers (40 ms on Linux), so every answer
        // took 40 ms that no AWS endpoint adds. Read once, when the first server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private FakeAws(List<String> scenarios) throws IOException {
        this.scenarios = scenarios;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves the scenarios in order, then {@code empty} (every call answered with nothing). */
    public static FakeAws start(String... scenarios) throws IOException {
        List<String> all = new ArrayList<>(List.of(scenarios));
        all.add("empty");
        return new FakeAws(all);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    FakeAws deny(String action) {
        denied.put(action, true);
        return this;
    }

    /** Denies an action only to requests signed for that region. */
    FakeAws deny(String action, String region) {
        deniedIn.put(action + " " + region, true);
        return this;
    }

    FakeAws throttle(String action, int times) {
        throttles.put(action, new AtomicInteger(times));
        return this;
    }

    FakeAws delay(String action, Duration delay) {
        delays.put(action, delay);
        return this;
    }

    /** Answers every request after this long (an action's own {@link #delay} wins), as a distant endpoint does. */
    public FakeAws latency(Duration delay) {
        latency = delay;
        return this;
    }

    /**
     * Requests signed with this access key id (an assumed role's) are another account's: answered
     * from its scenario first, with every {@link #ACCOUNT} in the answer replaced by its id, and
     * {@code sts/GetCallerIdentity.<id>.xml} before {@code sts/GetCallerIdentity.xml}.
     */
    FakeAws account(String accessKeyId, String accountId, String scenario) {
        accounts.put(accessKeyId, new String[] {accountId, scenario});
        return this;
    }

    /** Refuses sts:AssumeRole of this role, as a trust policy that does not name the caller does. */
    FakeAws denyRole(String roleArn) {
        deniedRoles.put(roleArn, true);
        return this;
    }

    /** Requests signed for this region are answered from this scenario first. */
    FakeAws region(String region, String scenario) {
        regionScenarios.put(region, scenario);
        return this;
    }

    /** Answers a file's requests with this text, before any scenario's file ({@code ec2/DescribeVpcs.xml}). */
    public FakeAws answer(String file, String text) {
        answers.put(file, text);
        return this;
    }

    /**
     * Answers an action's requests (its IAM name, {@code ecs:DescribeServices}) from each request,
     * before any file; a request the service would refuse throws {@link Rejected}.
     */
    public FakeAws respond(String action, Function<Request, String> answer) {
        responders.put(action, answer);
        return this;
    }

    /** A request the service refuses, with the error code and message it answers (HTTP 400). */
    static final class Rejected extends RuntimeException {
        private final String code;

        Rejected(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** The most requests the fake was answering at one time. */
    int maxInFlight() {
        return maxInFlight.get();
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** How many requests the fake has answered. */
    public int requestCount() {
        return requests.size();
    }

    /** How many requests each service (elasticloadbalancing, ecs, ...) has had, by its name. */
    public Map<String, Long> requestsByService() {
        Map<String, Long> counts = new TreeMap<>();
        for (Request r : requests()) {
            counts.merge(r.action().substring(0, r.action().indexOf(':')), 1L, Long::sum);
        }
        return counts;
    }

    /** Forgets the requests recorded so far, so a long benchmark does not keep them all. */
    public void forgetRequests() {
        requests.clear();
    }

    long count(String action) {
        return requests().stream().filter(r -> r.action().equals(action)).count();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Call call = route(ex, body);
            Request request = new Request(call.action, call.params, Map.copyOf(ex.getRequestHeaders()), body);
            requests.add(request);
            Duration delay = delays.getOrDefault(call.action, latency);
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (denied.containsKey(call.action) || deniedIn.containsKey(call.action + " " + region(ex))
                    || deniedRoles.containsKey(call.params.getOrDefault("RoleArn", ""))) {
                send(ex, call.protocol.deniedStatus(), call.protocol.contentType(), call.protocol.error(call, "denied"));
                return;
            }
            AtomicInteger left = throttles.get(call.action);
            if (left != null && left.getAndDecrement() > 0) {
                send(ex, call.protocol.throttledStatus(), call.protocol.contentType(),
                        call.protocol.error(call, "throttled"));
                return;
            }
            Function<Request, String> responder = responders.get(call.action);
            String answer;
            try {
                answer = responder != null ? responder.apply(request) : canned(ex, call);
            } catch (Rejected e) {
                send(ex, 400, call.protocol.contentType(), call.protocol.rejected(call, e.code, e.getMessage()));
                return;
            }
            if (answer == null && call.missing != null) {
                send(ex, 404, call.protocol.contentType(), call.protocol.error(call, call.missing));
            } else if (answer == null) {
                send(ex, 500, "text/plain", "no canned answer " + call.file + " in " + scenarios);
            } else {
                send(ex, 200, call.protocol.contentType(), answer);
            }
        } catch (RuntimeException e) {
            send(ex, 500, "text/plain", "fake AWS failed: " + e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** A request routed: its IAM action, the file that answers it, and its protocol. */
    private record Call(String action, String service, String operation, String file, Map<String, String> params,
                        Protocol protocol, String missing) {
    }

    private Call route(HttpExchange ex, String body) {
        String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null) {
            String service = JSON_SERVICES.get(target.substring(0, target.indexOf('.')));
            if (service == null) {
                throw new IllegalArgumentException("no JSON service answers " + target);
            }
            String op = target.substring(target.indexOf('.') + 1);
            Matcher m = JSON_TOKEN.matcher(body);
            String page = m.find() ? "." + m.group(1) : "";
            return new Call(service + ":" + op, service, op, service + "/" + op + page + ".json", Map.of(),
                    Protocol.JSON, null);
        }
        if ("POST".equals(ex.getRequestMethod()) && body.contains("Action=")) {
            Map<String, String> params = form(body);
            String service = QUERY_SERVICES.get(params.get("Version"));
            String op = params.get("Action");
            String token = params.getOrDefault("NextToken", params.get("Marker"));
            String page = token == null ? "" : "." + token;
            Protocol protocol = service.equals("ec2") ? Protocol.EC2 : Protocol.QUERY;
            return new Call(service + ":" + op, service, op, service + "/" + op + page + ".xml", params, protocol,
                    null);
        }
        return s3(ex);
    }

    private static Call s3(HttpExchange ex) {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
        String bucket = path.replaceAll("^/+|/+$", "");
        if (bucket.isEmpty()) {
            return new Call("s3:ListAllMyBuckets", "s3", "ListBuckets", "s3/ListBuckets.xml", Map.of(), Protocol.S3,
                    null);
        }
        if (query.startsWith("versioning")) {
            return new Call("s3:GetBucketVersioning", "s3", "GetBucketVersioning", "s3/" + bucket + ".versioning.xml",
                    Map.of(), Protocol.S3, null);
        }
        if (query.startsWith("encryption")) {
            return new Call("s3:GetEncryptionConfiguration", "s3", "GetBucketEncryption",
                    "s3/" + bucket + ".encryption.xml", Map.of(), Protocol.S3,
                    "ServerSideEncryptionConfigurationNotFoundError");
        }
        if (query.startsWith("publicAccessBlock")) {
            return new Call("s3:GetBucketPublicAccessBlock", "s3", "GetPublicAccessBlock",
                    "s3/" + bucket + ".publicAccessBlock.xml", Map.of(), Protocol.S3,
                    "NoSuchPublicAccessBlockConfiguration");
        }
        return new Call("s3:unknown", "s3", "unknown", "s3/none", Map.of(), Protocol.S3, null);
    }

    /** The account and scenario of the key a request is signed with, or null. */
    private String[] signer(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        Matcher m = KEY_ID.matcher(auth == null ? "" : auth);
        return m.find() ? accounts.get(m.group(1)) : null;
    }

    /** The region a request is signed for, or null. */
    private static String region(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        Matcher m = SCOPE_REGION.matcher(auth == null ? "" : auth);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The answer file: for a call about one resource ({@code TargetGroupArn=...}) the file named
     * after the ARN's last part first ({@code DescribeTargetHealth.73e2d6bc24d8a067.xml}); the
     * region's scenario before the others.
     */
    private String canned(HttpExchange ex, Call call) throws IOException {
        List<String> order = new ArrayList<>();
        String region = region(ex);
        String[] account = signer(ex);
        if (account != null) {
            order.add(account[1]);
            order.addAll(scenarios);
        } else if (region != null && regionScenarios.containsKey(region)) {
            order.add(regionScenarios.get(region));
        } else {
            order.addAll(scenarios);
        }
        if (!order.contains("empty")) {
            order.add("empty");
        }
        List<String> files = new ArrayList<>();
        for (String param : RESOURCE_PARAMS) {
            String arn = call.params().get(param);
            if (arn != null) {
                int dot = call.file().lastIndexOf('.');
                files.add(call.file().substring(0, dot) + "." + arn.substring(arn.lastIndexOf('/') + 1)
                        + call.file().substring(dot));
            }
        }
        String role = call.params().get("RoleArn");
        if (role != null) {
            files.add(call.file().replace(".xml", "." + role.split(":")[4] + ".xml"));
        }
        if (account != null) {
            files.add(call.file().replace(".xml", "." + account[0] + ".xml"));
        }
        files.add(call.file());
        for (String file : files) {
            if (answers.containsKey(file)) {
                return answers.get(file);
            }
        }
        for (String scenario : order) {
            for (String file : files) {
                try (InputStream in = FakeAws.class.getResourceAsStream("/aws/" + scenario + "/" + file)) {
                    if (in != null) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        return account == null ? text : text.replace(ACCOUNT, account[0]);
                    }
                }
            }
        }
        return null;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void send(HttpExchange ex, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("x-amzn-RequestId", "4a9a5b07-8e8d-4c3f-9f3a-0example");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** How each protocol writes its errors, after the AWS API references. */
    private enum Protocol {
        EC2 {
            @Override
            String error(Call call, String what) {
                String code = switch (what) {
                    case "denied" -> "UnauthorizedOperation";
                    case "throttled" -> "RequestLimitExceeded";
                    default -> what;
                };
                return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + code
                        + "</Code><Message>You are not authorized to perform this operation.</Message></Error>"
                        + "</Errors><RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>";
            }

            @Override
            int throttledStatus() {
                return 503;
            }
        },
        QUERY {
            @Override
            String error(Call call, String what) {
                String code = switch (what) {
                    case "denied" -> "AccessDenied";
                    case "throttled" -> "Throttling";
                    default -> what;
                };
                return "<ErrorResponse xmlns=\"" + NAMESPACES.get(call.service()) + "\">\n  <Error>\n"
                        + "    <Type>Sender</Type>\n    <Code>" + code + "</Code>\n    <Message>User: arn:aws:iam::"
                        + ACCOUNT + ":user/auditor is not authorized to perform: " + call.action() + "</Message>\n"
                        + "  </Error>\n  <RequestId>c534f810-f389-11e5-9192-3fff33344cfa</RequestId>\n</ErrorResponse>";
            }
        },
        JSON {
            @Override
            String error(Call call, String what) {
                String code = switch (what) {
                    case "denied" -> "AccessDeniedException";
                    case "throttled" -> "ThrottlingException";
                    default -> what;
                };
                return "{\"__type\":\"" + code + "\",\"message\":\"User: arn:aws:iam::" + ACCOUNT
                        + ":user/auditor is not authorized to perform: " + call.action() + "\"}";
            }

            @Override
            String rejected(Call call, String code, String message) {
                return "{\"__type\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'") + "\"}";
            }

            @Override
            String contentType() {
                return "application/x-amz-json-1.1";
            }

            @Override
            int deniedStatus() {
                return 400;
            }
        },
        S3 {
            @Override
            String error(Call call, String what) {
                String code = switch (what) {
                    case "denied" -> "AccessDenied";
                    case "throttled" -> "SlowDown";
                    default -> what;
                };
                return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                        + code + "</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>example</HostId></Error>";
            }

            @Override
            int throttledStatus() {
                return 503;
            }
        };

        abstract String error(Call call, String what);

        /** A refused request: the JSON services name the code and say why; the others name the code. */
        String rejected(Call call, String code, String message) {
            return error(call, code);
        }

        String contentType() {
            return "text/xml";
        }

        int deniedStatus() {
            return 403;
        }

        int throttledStatus() {
            return 400;
        }
    }
}

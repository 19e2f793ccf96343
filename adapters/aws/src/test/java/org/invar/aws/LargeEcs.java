package org.invar.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The ECS part of {@link LargeAccount}: Fargate services in clusters of a hundred, each awsvpc over
 * the seed scenario's two subnets and registered in one of the account's target groups, with its
 * running tasks. FakeAws answers them per request, with ECS's limits: ListServices pages of 10
 * (at most 100 when asked), ListTasks pages of 100, DescribeServices at most 10 services a call,
 * DescribeTasks at most 100 tasks, and an unknown cluster refused as ECS refuses it.
 */
final class LargeEcs {
    static final int SERVICES_PER_CLUSTER = 100;
    private static final String ARN = "arn:aws:ecs:us-east-1:" + FakeAws.ACCOUNT + ":";
    private static final String[] SUBNETS = {"subnet-0aaa0000000000001", "subnet-0bbb0000000000002"};
    private static final String[] ZONES = {"us-east-1a", "us-east-1b"};

    /** One emulated service: its number (from 1), cluster, target group and desired count. */
    record Service(int number, int cluster, String targetGroupArn, int desired) {
        String name() {
            return "svc-" + number;
        }

        String arn() {
            return ARN + "service/" + clusterName(cluster) + "/" + name();
        }

        /** Task k runs in zone k (a, then b) at 10.0.(k+1).(20+number). */
        String ip(int k) {
            return "10.0." + (k + 1) + "." + (20 + number);
        }

        String taskArn(int k) {
            return ARN + "task/" + clusterName(cluster) + "/" + String.format("%031x%d", number, k);
        }
    }

    private final List<Service> services;
    private final Map<String, List<Service>> byCluster = new LinkedHashMap<>();

    LargeEcs(List<Service> services) {
        this.services = services;
        for (Service s : services) {
            byCluster.computeIfAbsent(clusterArn(s.cluster()), c -> new ArrayList<>()).add(s);
        }
    }

    static String clusterName(int cluster) {
        return "large-" + cluster;
    }

    static String clusterArn(int cluster) {
        return ARN + "cluster/" + clusterName(cluster);
    }

    List<Service> services() {
        return services;
    }

    void serve(FakeAws fake) {
        fake.respond("ecs:ListClusters", r -> page(r, List.copyOf(byCluster.keySet()), "clusterArns", 100, 100));
        fake.respond("ecs:DescribeClusters", this::describeClusters);
        fake.respond("ecs:ListServices", r -> page(r, cluster(r).stream().map(Service::arn).toList(),
                "serviceArns", 10, 100));
        // A service is asked for by its ARN or its name.
        fake.respond("ecs:DescribeServices", r -> describe(r, "services", 10, s -> List.of(s.arn(), s.name()),
                (s, k) -> service(s)));
        fake.respond("ecs:ListTasks", r -> page(r, tasks(cluster(r)), "taskArns", 100, 100));
        fake.respond("ecs:DescribeTasks", r -> describe(r, "tasks", 100, s -> tasks(List.of(s)), this::task));
        fake.respond("ecs:ListContainerInstances", r -> page(r, tasks(cluster(r)).subList(0, 0),
                "containerInstanceArns", 100, 100));
    }

    private static List<String> tasks(List<Service> of) {
        List<String> arns = new ArrayList<>();
        for (Service s : of) {
            for (int k = 0; k < s.desired(); k++) {
                arns.add(s.taskArn(k));
            }
        }
        return arns;
    }

    private static JsonNode body(FakeAws.Request r) {
        return JsonNode.parser().parse(r.body());
    }

    private static Optional<String> text(JsonNode body, String field) {
        return body.field(field).filter(JsonNode::isString).map(JsonNode::asString);
    }

    /** The services of the cluster a request names; a cluster that is not there is refused. */
    private List<Service> cluster(FakeAws.Request r) {
        String named = text(body(r), "cluster").orElse("default");
        for (Map.Entry<String, List<Service>> c : byCluster.entrySet()) {
            if (c.getKey().equals(named) || c.getKey().endsWith("/" + named)) {
                return c.getValue();
            }
        }
        throw new FakeAws.Rejected("ClusterNotFoundException", "Cluster not found.");
    }

    /** A List call's page: maxResults names (default {@code size}, at most {@code max}) after the token's. */
    private static String page(FakeAws.Request r, List<String> all, String field, int size, int max) {
        JsonNode body = body(r);
        int limit = body.field("maxResults").filter(JsonNode::isNumber).map(n -> Integer.parseInt(n.asNumber()))
                .orElse(size);
        if (limit < 1 || limit > max) {
            throw new FakeAws.Rejected("InvalidParameterException", "maxResults must be between 1 and " + max + ".");
        }
        int from = text(body, "nextToken").map(t -> Integer.parseInt(t.substring("after-".length()))).orElse(0);
        int to = Math.min(all.size(), from + limit);
        StringBuilder out = new StringBuilder("{\"" + field + "\":[");
        for (int i = from; i < to; i++) {
            out.append(i > from ? "," : "").append('"').append(all.get(i)).append('"');
        }
        out.append(']');
        if (to < all.size()) {
            out.append(",\"nextToken\":\"after-").append(to).append('"');
        }
        return out.append('}').toString();
    }

    /** The named services (or tasks) of a cluster, at most {@code max} a call, as ECS describes them. */
    private String describe(FakeAws.Request r, String field, int max, Function<Service, List<String>> names,
                            Part part) {
        List<JsonNode> asked = body(r).field(field).map(JsonNode::asArray).orElse(List.of());
        if (asked.isEmpty() || asked.size() > max) {
            throw new FakeAws.Rejected("InvalidParameterException", field + " can have at most " + max + " items.");
        }
        List<Service> cluster = cluster(r);
        StringBuilder found = new StringBuilder();
        StringBuilder failures = new StringBuilder();
        for (JsonNode a : asked) {
            String name = a.asString();
            String json = null;
            for (Service s : cluster) {
                int k = names.apply(s).indexOf(name);
                if (k >= 0) {
                    json = part.json(s, k);
                }
            }
            if (json == null) {
                failures.append(failures.isEmpty() ? "" : ",").append("{\"arn\":\"").append(name)
                        .append("\",\"reason\":\"MISSING\"}");
            } else {
                found.append(found.isEmpty() ? "" : ",").append(json);
            }
        }
        return "{\"" + field + "\":[" + found + "],\"failures\":[" + failures + "]}";
    }

    /** A service, or its k-th task, as JSON: k is the index of the name asked among the service's names. */
    private interface Part {
        String json(Service s, int k);
    }

    private String describeClusters(FakeAws.Request r) {
        StringBuilder out = new StringBuilder();
        for (JsonNode a : body(r).field("clusters").map(JsonNode::asArray).orElse(List.of())) {
            List<Service> cluster = byCluster.get(a.asString());
            if (cluster != null) {
                int c = cluster.get(0).cluster();
                out.append(out.isEmpty() ? "" : ",").append("{\"clusterArn\":\"").append(clusterArn(c))
                        .append("\",\"clusterName\":\"").append(clusterName(c)).append("\",\"status\":\"ACTIVE\",")
                        .append("\"runningTasksCount\":").append(tasks(cluster).size())
                        .append(",\"activeServicesCount\":").append(cluster.size())
                        .append(",\"capacityProviders\":[\"FARGATE\"],\"defaultCapacityProviderStrategy\":")
                        .append("[{\"capacityProvider\":\"FARGATE\",\"weight\":1,\"base\":0}]}");
            }
        }
        return "{\"clusters\":[" + out + "],\"failures\":[]}";
    }

    private static String service(Service s) {
        return "{\"serviceArn\":\"" + s.arn() + "\",\"serviceName\":\"" + s.name() + "\",\"clusterArn\":\""
                + clusterArn(s.cluster()) + "\",\"loadBalancers\":[{\"targetGroupArn\":\"" + s.targetGroupArn()
                + "\",\"containerName\":\"app\",\"containerPort\":8080}],\"status\":\"ACTIVE\",\"desiredCount\":"
                + s.desired() + ",\"runningCount\":" + s.desired() + ",\"pendingCount\":0,\"launchType\":\"FARGATE\","
                + "\"taskDefinition\":\"" + ARN + "task-definition/" + s.name() + ":1\",\"placementConstraints\":[],"
                + "\"placementStrategy\":[],\"networkConfiguration\":{\"awsvpcConfiguration\":{\"subnets\":[\""
                + SUBNETS[0] + "\",\"" + SUBNETS[1] + "\"],\"securityGroups\":[\"sg-0b000000000000002\"],"
                + "\"assignPublicIp\":\"DISABLED\"}},\"schedulingStrategy\":\"REPLICA\"}";
    }

    private String task(Service s, int k) {
        return "{\"taskArn\":\"" + s.taskArn(k) + "\",\"clusterArn\":\"" + clusterArn(s.cluster())
                + "\",\"group\":\"service:" + s.name() + "\",\"availabilityZone\":\"" + ZONES[k]
                + "\",\"desiredStatus\":\"RUNNING\",\"lastStatus\":\"RUNNING\",\"healthStatus\":\"HEALTHY\","
                + "\"launchType\":\"FARGATE\",\"attachments\":[{\"type\":\"ElasticNetworkInterface\","
                + "\"status\":\"ATTACHED\",\"details\":[{\"name\":\"subnetId\",\"value\":\"" + SUBNETS[k]
                + "\"},{\"name\":\"privateIPv4Address\",\"value\":\"" + s.ip(k) + "\"}]}]}";
    }
}

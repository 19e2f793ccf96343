package org.invar.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.invar.agreement.Infra.Balancer;
import org.invar.agreement.Infra.Bucket;
import org.invar.agreement.Infra.Database;
import org.invar.agreement.Infra.DefaultRoute;
import org.invar.agreement.Infra.Group;
import org.invar.agreement.Infra.PublicAccess;
import org.invar.agreement.Infra.RouteTable;
import org.invar.agreement.Infra.Rule;
import org.invar.agreement.Infra.RuleStyle;
import org.invar.agreement.Infra.ScalingGroup;
import org.invar.agreement.Infra.Service;
import org.invar.agreement.Infra.Subnet;
import org.invar.agreement.Infra.TargetType;
import org.invar.agreement.Infra.Versioning;
import org.quicktheories.core.Gen;

/**
 * Small infrastructures AWS would accept: an ALB only over two AZs or more, a load balancer in at
 * most one subnet per AZ, NAT gateways and internet routes only with an internet gateway, ECS
 * Fargate services behind ip target groups only, a DB subnet group over two AZs or more. About one
 * subnet in four leaves its zone to AWS, and sometimes all of a load balancer's subnets do.
 */
final class InfraGen {
    private static final List<String> CIDRS = List.of("0.0.0.0/0", "10.0.0.0/16", "192.168.1.0/24");
    private static final List<int[]> PORTS = List.of(new int[] {22, 22}, new int[] {80, 80}, new int[] {443, 443},
            new int[] {8080, 8080}, new int[] {0, 65535}, new int[] {1024, 65535});

    private InfraGen() {
    }

    static Gen<Infra> infras() {
        return in -> generate(new Draw(in));
    }

    static Infra generate(Draw d) {
        int azs = d.between(1, 4);
        List<Subnet> subnets = new ArrayList<>();
        for (int az = 0; az < azs; az++) {
            if (az == 0 || !d.chance(20)) {
                subnets.add(new Subnet(az, true, d.chance(60), !d.chance(25)));
            }
            if (d.chance(60)) {
                subnets.add(new Subnet(az, false, false, !d.chance(25)));
            }
        }
        List<Integer> all = indices(subnets.size());
        boolean igw = !d.chance(20);
        List<Integer> nats = new ArrayList<>();
        for (int i : all) {
            if (igw && subnets.get(i).publicTier() && d.chance(30)) {
                nats.add(i);
            }
        }
        List<RouteTable> tables = routeTables(d, subnets.size(), igw, nats);
        List<Group> groups = groups(d);

        Optional<Balancer> balancer = Optional.empty();
        List<Integer> azsWithSubnets = subnets.stream().map(Subnet::az).distinct().sorted().toList();
        boolean lb = d.chance(75);
        boolean network = d.chance(40) || azsWithSubnets.size() < 2;
        boolean cluster = d.chance(70);
        List<Service> services = new ArrayList<>();
        int serviceCount = cluster ? d.between(0, 2) : 0;
        for (int i = 0; i < serviceCount; i++) {
            services.add(new Service("svc-" + i, d.between(0, 4), d.subset(all, 1), d.subset(indices(groups.size()), 0),
                    lb && d.chance(60), d.chance(30)));
        }
        boolean anyServiceBehind = services.stream().anyMatch(Service::behindTargetGroup);
        Optional<ScalingGroup> asg = Optional.empty();
        if (d.chance(50)) {
            int min = d.between(0, 2);
            int max = min + d.between(0, 3);
            Optional<Integer> desired = d.chance(60) ? Optional.of(d.between(min, max)) : Optional.empty();
            asg = Optional.of(new ScalingGroup(min, desired, max, d.subset(all, 1), lb && !anyServiceBehind && d.chance(50),
                    d.pick(List.of("t3.micro", "m5.large"))));
        }
        if (lb) {
            List<Integer> zones = d.subset(azsWithSubnets, network ? 1 : 2);
            List<Integer> lbSubnets = new ArrayList<>();
            for (int az : zones) {
                List<Integer> inZone = all.stream().filter(i -> subnets.get(i).az() == az).toList();
                lbSubnets.add(d.pick(inZone));
            }
            if (d.chance(25)) {
                // A load balancer on subnets passed in, none of whose zones is known: its nodes are
                // only known to be in different zones. Independent draws rarely give this.
                lbSubnets.forEach(i -> subnets.set(i, subnets.get(i).withoutZone()));
            }
            TargetType type = anyServiceBehind ? TargetType.IP
                    : asg.map(ScalingGroup::behindTargetGroup).orElse(false) ? TargetType.INSTANCE
                    : d.pick(List.of(TargetType.IP, TargetType.INSTANCE));
            balancer = Optional.of(new Balancer(network, d.chance(40), lbSubnets, network && d.chance(50),
                    d.subset(indices(groups.size()), 0), type, !network && d.chance(50) ? "/health" : "", d.chance(70)));
        }

        Optional<Database> database = Optional.empty();
        if (azsWithSubnets.size() >= 2 && d.chance(50)) {
            List<Integer> dbSubnets = new ArrayList<>(d.subset(all, 2));
            if (dbSubnets.stream().map(i -> subnets.get(i).az()).distinct().count() < 2) {
                int zone = subnets.get(dbSubnets.get(0)).az();
                dbSubnets.add(all.stream().filter(i -> subnets.get(i).az() != zone).findFirst().orElseThrow());
                dbSubnets.sort(Integer::compare);
            }
            database = Optional.of(new Database(dbSubnets, d.chance(50), d.chance(50), d.chance(50),
                    d.subset(indices(groups.size()), 0)));
        }
        Optional<Bucket> bucket = d.chance(70)
                ? Optional.of(new Bucket("agreement-data", d.pick(List.of(Versioning.values())), d.chance(50),
                        d.pick(List.of(PublicAccess.values()))))
                : Optional.empty();
        return new Infra(azs, subnets, igw, nats, tables, groups, balancer, cluster, services, asg, database, bucket);
    }

    private static List<RouteTable> routeTables(Draw d, int subnetCount, boolean igw, List<Integer> nats) {
        int count = d.between(0, 3);
        List<DefaultRoute> routes = new ArrayList<>(List.of(DefaultRoute.NONE));
        if (igw) {
            routes.add(DefaultRoute.INTERNET_GATEWAY);
        }
        if (!nats.isEmpty()) {
            routes.add(DefaultRoute.NAT_GATEWAY);
        }
        // Each subnet is associated with at most one table; -1 leaves it on the VPC's main table.
        int[] tableOf = new int[subnetCount];
        for (int s = 0; s < subnetCount; s++) {
            tableOf[s] = d.between(-1, count - 1);
        }
        List<RouteTable> tables = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            DefaultRoute route = d.pick(routes);
            int nat = route == DefaultRoute.NAT_GATEWAY ? d.between(0, nats.size() - 1) : -1;
            int table = t;
            List<Integer> associated = IntStream.range(0, subnetCount).filter(s -> tableOf[s] == table).boxed().toList();
            tables.add(new RouteTable(route, nat, associated, d.chance(50)));
        }
        return tables;
    }

    private static List<Group> groups(Draw d) {
        int count = d.between(0, 3);
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            List<Rule> rules = new ArrayList<>();
            int ruleCount = d.between(0, 3);
            for (int r = 0; r < ruleCount; r++) {
                String protocol = d.pick(List.of("tcp", "udp", "-1"));
                int[] ports = protocol.equals("-1") ? new int[] {-1, -1} : d.pick(PORTS);
                boolean peer = d.chance(30);
                rules.add(new Rule(protocol, ports[0], ports[1], peer ? null : d.pick(CIDRS),
                        peer ? d.between(0, count - 1) : -1));
            }
            boolean anyPeer = rules.stream().anyMatch(Rule::fromPeer);
            List<RuleStyle> styles = anyPeer ? List.of(RuleStyle.SECURITY_GROUP_RULE, RuleStyle.VPC_RULE)
                    : List.of(RuleStyle.values());
            groups.add(new Group("group-" + g, rules, d.chance(50), d.pick(styles)));
        }
        return groups;
    }

    static List<Integer> indices(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}

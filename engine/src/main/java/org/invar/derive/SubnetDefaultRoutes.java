package org.invar.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/**
 * {@code subnet.default_route_target} and {@code subnet.is_public}: where a subnet's traffic to
 * the internet goes.
 *
 * <p>An internet-facing load balancer in a subnet whose default route goes to a NAT gateway
 * answers its clients badly; a subnet is public when, and only when, its default route goes to
 * an internet gateway. The facts say so only through route tables.
 *
 * <ol>
 *   <li>The route table: the subnet's {@code route_table} (its explicit association), else the
 *       main route table of its VPC (the {@code route_table} of {@code subnet.vpc} with
 *       {@code main == true}), as in AWS.</li>
 *   <li>The default route: the most specific route of that table covering {@code 0.0.0.0/0}.
 *       Only a prefix of length 0 covers every address, so that is the route whose destination
 *       is an IPv4 {@code /0} ({@code 0.0.0.0/0}). IPv6 routes ({@code ::/0}), prefix-list
 *       routes and routes without a destination in the model are not IPv4 default routes and
 *       are ignored.</li>
 *   <li>{@code default_route_target} = that route's {@code target_type}
 *       ({@code internet_gateway}, {@code nat_gateway}, {@code transit_gateway}, ...);
 *       {@code is_public} = whether it is {@code internet_gateway}.</li>
 * </ol>
 *
 * <p>A table without a default route sends nothing to the internet: {@code default_route_target}
 * is the string {@code "none"} and {@code is_public} is false. (Absent would read as "not
 * known"; "none" is a fact rules can compare, e.g. {@code default_route_target != "none"}.)
 *
 * <p>Unknowns ({@code default_route_target} and {@code is_public} both unknown, same reason):
 * <ul>
 *   <li>no route table found: {@code subnet X has no route table association and its VPC has no
 *       main route table in the model} (a template does not declare the VPC's implicit main
 *       table, and nothing says what routes it holds), or {@code ... and no VPC in the model};
 *       an unknown {@code route_table} or {@code vpc} relation, a table whose {@code main} is
 *       unknown when no table is known to be main;</li>
 *   <li>the default route's {@code target_type} unknown or missing;</li>
 *   <li>no certain default route, but one that may be: a route whose destination is unknown, a
 *       {@code 0.0.0.0/0} route whose existence is unknown (a conditional route), or an unknown
 *       {@code route} relation. A certain {@code 0.0.0.0/0} route wins over all of these: AWS
 *       refuses two routes with one destination in a table;</li>
 *   <li>several tables (explicit associations, or main tables) or several certain
 *       {@code 0.0.0.0/0} routes that disagree: the model contradicts itself.</li>
 * </ul>
 */
public final class SubnetDefaultRoutes {
    static final String NONE = "none";
    static final String INTERNET_GATEWAY = "internet_gateway";
    private static final Pattern IPV4_DEFAULT = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}/0");

    private SubnetDefaultRoutes() {
    }

    static boolean applies(ModelBuilder model) {
        return Fields.present(model.schema(), "subnet.route_table", "subnet.vpc", "subnet.default_route_target",
                "subnet.is_public", "vpc.route_table", "route_table.main", "route_table.route",
                "route.destination", "route.target_type");
    }

    static void apply(ModelBuilder model) {
        Map<String, Value> byTable = new HashMap<>();
        Map<String, Mains> mainOfVpc = new HashMap<>();
        for (EntityBuilder subnet : model.entities("subnet")) {
            Value target = target(model, subnet, byTable, mainOfVpc);
            subnet.setDerived("default_route_target", target);
            subnet.setDerived("is_public", target instanceof Value.Str s
                    ? Value.of(s.value().equals(INTERNET_GATEWAY)) : target);
        }
    }

    private static Value target(ModelBuilder model, EntityBuilder subnet, Map<String, Value> byTable,
                                Map<String, Mains> mainOfVpc) {
        List<EntityBuilder> tables = Graph.related(model, subnet, "route_table");
        if (tables.isEmpty()) {
            String unknown = subnet.unknownRelation("route_table").orElse(null);
            if (unknown != null) {
                return Value.unknown(Reasons.unknown(subnet, "route_table", unknown));
            }
            List<EntityBuilder> vpcs = Graph.related(model, subnet, "vpc");
            if (vpcs.isEmpty()) {
                String vpcUnknown = subnet.unknownRelation("vpc").orElse(null);
                return Value.unknown(vpcUnknown != null ? Reasons.unknown(subnet, "vpc", vpcUnknown)
                        : Reasons.name(subnet) + " has no route table association and no VPC in the model");
            }
            tables = new ArrayList<>();
            for (EntityBuilder vpc : vpcs) {
                Mains mains = mainOfVpc.computeIfAbsent(vpc.id(), v -> mainTables(model, vpc));
                if (mains.unknown() != null) {
                    return Value.unknown(mains.unknown());
                }
                tables.addAll(mains.tables());
            }
            if (tables.isEmpty()) {
                return Value.unknown(Reasons.name(subnet)
                        + " has no route table association and its VPC has no main route table in the model");
            }
        }
        Set<Value> targets = new LinkedHashSet<>();
        for (EntityBuilder table : tables) {
            Value v = byTable.computeIfAbsent(table.id(), t -> defaultRoute(model, table));
            if (v instanceof Value.Unknown) {
                return v;
            }
            targets.add(v);
        }
        if (targets.size() > 1) {
            return Value.unknown(Reasons.name(subnet) + " uses several route tables whose default routes differ ("
                    + tables.stream().map(t -> t.id() + " -> " + byTable.get(t.id()).display())
                    .collect(Collectors.joining(", ")) + ")");
        }
        return targets.iterator().next();
    }

    /** The VPC's main route tables (usually one), or why they are unknown. */
    private record Mains(List<EntityBuilder> tables, String unknown) {
    }

    private static Mains mainTables(ModelBuilder model, EntityBuilder vpc) {
        List<EntityBuilder> mains = new ArrayList<>();
        Reasons.Causes maybe = new Reasons.Causes();
        for (EntityBuilder table : Graph.related(model, vpc, "route_table")) {
            Value main = table.attribute("main").orElse(null);
            if (main instanceof Value.Bool b && b.value()) {
                mains.add(table);
            } else if (main instanceof Value.Unknown u) {
                maybe.add(Reasons.unknown(table, "main", u.reason()));
            }
        }
        if (mains.isEmpty()) {
            vpc.unknownRelation("route_table").ifPresent(r -> maybe.add(Reasons.unknown(vpc, "route_table", r)));
            if (!maybe.isEmpty()) {
                return new Mains(List.of(), maybe.reason());
            }
        }
        return new Mains(mains, null);
    }

    /** The target type of the table's default route, "none", or unknown with the reason. */
    static Value defaultRoute(ModelBuilder model, EntityBuilder table) {
        List<EntityBuilder> certain = new ArrayList<>();
        Reasons.Causes maybe = new Reasons.Causes();
        for (EntityBuilder route : Graph.related(model, table, "route")) {
            Value destination = route.attribute("destination").orElse(null);
            if (destination instanceof Value.Unknown u) {
                maybe.add(Reasons.unknown(route, "destination", u.reason()));
            } else if (destination instanceof Value.Str s && coversEverything(s.value())) {
                String existence = route.existenceUnknown().orElse(null);
                if (existence == null) {
                    certain.add(route);
                } else {
                    maybe.add(Reasons.mayNotExist(route, existence));
                }
            }
        }
        if (certain.isEmpty()) {
            table.unknownRelation("route").ifPresent(r -> maybe.add(Reasons.unknown(table, "route", r)));
            return maybe.isEmpty() ? Value.of(NONE) : maybe.unknown();
        }
        Set<Value> targets = new LinkedHashSet<>();
        for (EntityBuilder route : certain) {
            Value type = route.attribute("target_type").orElse(null);
            if (type == null) {
                return Value.unknown(Reasons.missing(route, "target_type"));
            }
            if (type instanceof Value.Unknown u) {
                return Value.unknown(Reasons.unknown(route, "target_type", u.reason()));
            }
            targets.add(type);
        }
        if (targets.size() > 1) {
            return Value.unknown(Reasons.name(table) + " has several 0.0.0.0/0 routes with different targets ("
                    + certain.stream().map(r -> r.id() + " -> " + r.attribute("target_type").orElseThrow().display())
                    .collect(Collectors.joining(", ")) + ")");
        }
        return targets.iterator().next();
    }

    /** Whether an IPv4 CIDR block covers 0.0.0.0/0, that is has prefix length 0. */
    static boolean coversEverything(String cidr) {
        return IPV4_DEFAULT.matcher(cidr.trim()).matches();
    }
}

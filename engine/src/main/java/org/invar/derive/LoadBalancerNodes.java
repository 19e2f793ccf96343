package org.invar.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.ModelBuilder;
import org.invar.model.Value;

/**
 * Load balancer nodes: {@code load_balancer.az}, the {@code lb_node} entities,
 * {@code az.lb_node} and {@code az.alb_node}.
 *
 * <p>Elastic Load Balancing runs one node of a load balancer in each AZ it has a subnet in;
 * clients resolve the load balancer's name to the nodes' addresses, so each node must be able
 * to serve on its own. Per-AZ rules ({@code every az with alb_node has healthy_targets >= 1})
 * need those nodes as entities.
 *
 * <ul>
 *   <li>{@code load_balancer.az}: the distinct AZs of its subnets ({@code subnet.az}).</li>
 *   <li>One {@code lb_node} per load balancer per AZ of its subnets, with id
 *       {@code <load balancer id>/<az id>}, relations {@code load_balancer}, {@code az} and
 *       {@code subnet} (the load balancer's subnets in that AZ), the load balancer's origin, and
 *       {@code type} = the load balancer's type. A load balancer without a type is an
 *       {@code application} load balancer, the default of the ELBv2 API, of CloudFormation's
 *       {@code AWS::ElasticLoadBalancingV2::LoadBalancer} and of Terraform's {@code aws_lb}; an
 *       unknown type makes the node's type unknown with the same reason. When the load
 *       balancer's existence is unknown (an undecidable condition), so is its nodes'.</li>
 *   <li>{@code load_balancer.lb_node} and {@code az.lb_node}: the nodes, seen from their load
 *       balancer and from their AZ.</li>
 *   <li>{@code az.alb_node}: the nodes of type {@code application} in the AZ.</li>
 * </ul>
 *
 * <p>Unknown AZs. When the load balancer's subnets are unknown, or a subnet's AZ is unknown or
 * not in the model, the load balancer has a node we cannot place. Its known nodes are still
 * derived (each is certain), and:
 * <ul>
 *   <li>{@code load_balancer.az} and {@code load_balancer.lb_node} are unknown, with a reason
 *       naming the subnet and its cause ({@code subnet subnet-b: az is unknown (...)}): the
 *       known AZs are kept, but the set may be larger;</li>
 *   <li>in every AZ of the model where the load balancer has no known node (of its region, when
 *       both the load balancer's {@code region} and the AZ's are known: see {@link Regions}), {@code az.lb_node}
 *       (and {@code az.alb_node} for an application load balancer) is unknown with the reason
 *       {@code load_balancer L may have a node here: ...}: the hidden node may be there, so
 *       {@code az with alb_node} cannot be decided for that AZ. Saying "no node" would let a
 *       rule pass because data was missing.</li>
 * </ul>
 * and the load balancer has one more {@code lb_node}, {@code <load balancer id>/(zone not known)},
 * whose existence and {@code healthy_targets} are unknown with that reason (its {@code az} and
 * {@code subnet} are empty: the zones where it may be say so, as above): a rule over every node
 * ({@code every lb_node with type == "application" has healthy_targets >= 1}) is unknown for it
 * rather than passing over the nodes it can see.
 * Likewise a node whose load balancer's type is unknown makes {@code az.alb_node} of its AZ
 * unknown: it may or may not be an application load balancer's node.
 *
 * <p>Running it again on the same facts changes nothing; {@code lb_node}s that no longer follow
 * from the facts (a subnet removed between two builds) are removed.
 */
public final class LoadBalancerNodes {
    static final String APPLICATION = "application";
    /** The id suffix of a load balancer's node in an AZ that is not known. */
    static final String UNPLACED = "/(zone not known)";

    private LoadBalancerNodes() {
    }

    static boolean applies(ModelBuilder model) {
        return Fields.present(model.schema(), "load_balancer.subnet", "load_balancer.az", "load_balancer.lb_node",
                "load_balancer.type", "subnet.az", "az.lb_node", "lb_node.load_balancer", "lb_node.az",
                "lb_node.subnet", "lb_node.type");
    }

    static void apply(ModelBuilder model, ZoneIdentity identity) {
        boolean alb = Fields.present(model.schema(), "az.alb_node");
        Graph.Link nodeLb = Graph.link(model.schema(), "lb_node", "load_balancer", "lb_node");
        Graph.Link nodeAz = Graph.link(model.schema(), "lb_node", "az", "lb_node");
        Set<String> stale = new HashSet<>();
        model.entities("lb_node").forEach(n -> stale.add(n.id()));
        Map<String, Reasons.Causes> lbNodeUnknown = new HashMap<>();
        Map<String, Reasons.Causes> albNodeUnknown = new HashMap<>();
        List<Hidden> hidden = new ArrayList<>();
        Map<String, Map<String, Boolean>> nodesByAz = new java.util.TreeMap<>();

        for (EntityBuilder lb : model.entities("load_balancer")) {
            Zones zones = Zones.ofSubnets(model, identity, lb, "subnet");
            Value type = type(lb);
            boolean application = type instanceof Value.Str s && s.value().equals(APPLICATION);
            Set<String> nodeAzs = new LinkedHashSet<>();
            for (Map.Entry<String, List<String>> e : zones.subnets().entrySet()) {
                EntityBuilder az = model.find("az", e.getKey()).orElseThrow();
                EntityBuilder node = model.derivedEntity("lb_node", lb.id() + "/" + az.id());
                stale.remove(node.id());
                nodeAzs.add(az.id());
                node.origin(lb.origin());
                node.existenceUnknown(lb.existenceUnknown().orElse(null));
                node.setDerived("type", type);
                nodeLb.relate(node, lb);
                nodeAz.relate(node, az);
                for (String subnet : e.getValue()) {
                    node.relateDerived("subnet", subnet);
                }
                lb.relateDerived("az", az.id());
                nodesByAz.computeIfAbsent(az.id(), a -> new java.util.TreeMap<>())
                        .put(lb.id(), application || type instanceof Value.Unknown);
                if (alb && application) {
                    az.relateDerived("alb_node", node.id());
                } else if (alb && type instanceof Value.Unknown u) {
                    albNodeUnknown.computeIfAbsent(az.id(), a -> new Reasons.Causes()).add(u.reason());
                }
            }
            if (zones.unknown() != null) {
                lb.unknownRelation("az", zones.unknown());
                lb.unknownRelation("lb_node", zones.unknown());
                unplacedNode(model, lb, type, zones.unknown(), nodeLb);
                stale.remove(lb.id() + UNPLACED);
                hidden.add(new Hidden(lb, nodeAzs, application || type instanceof Value.Unknown,
                        Reasons.name(lb) + " may have a node here: " + zones.unknown()));
            }
        }

        if (!hidden.isEmpty()) {
            for (EntityBuilder az : model.entities("az")) {
                for (Hidden h : hidden) {
                    if (!h.nodeAzs.contains(az.id()) && Regions.mayHoldNode(model, h.lb, az)) {
                        lbNodeUnknown.computeIfAbsent(az.id(), a -> new Reasons.Causes()).add(h.reason);
                        if (h.maybeApplication) {
                            albNodeUnknown.computeIfAbsent(az.id(), a -> new Reasons.Causes()).add(h.reason);
                        }
                    }
                }
            }
        }
        // A zone that may be another one may have that one's nodes. One such node is reason
        // enough: the zones with nodes are searched until one is found for each relation.
        for (EntityBuilder az : model.entities("az")) {
            if (identity.isEmpty()) {
                break;
            }
            Map<String, Boolean> here = nodesByAz.getOrDefault(az.id(), Map.of());
            boolean lbFound = false;
            boolean albFound = false;
            for (String other : identity.among(az.id(), nodesByAz.keySet())) {
                for (Map.Entry<String, Boolean> n : nodesByAz.get(other).entrySet()) {
                    if (here.containsKey(n.getKey()) || lbFound && (albFound || !n.getValue())) {
                        continue;
                    }
                    String reason = "load_balancer " + n.getKey() + " may have a node here: "
                            + ZoneIdentity.sameReason(model, az.id(), other);
                    if (!lbFound) {
                        lbNodeUnknown.computeIfAbsent(az.id(), a -> new Reasons.Causes()).add(reason);
                        lbFound = true;
                    }
                    if (n.getValue() && !albFound) {
                        albNodeUnknown.computeIfAbsent(az.id(), a -> new Reasons.Causes()).add(reason);
                        albFound = true;
                    }
                }
                if (lbFound && albFound) {
                    break;
                }
            }
        }
        lbNodeUnknown.forEach((az, causes) -> model.find("az", az).orElseThrow()
                .unknownRelation("lb_node", causes.reason()));
        if (alb) {
            albNodeUnknown.forEach((az, causes) -> model.find("az", az).orElseThrow()
                    .unknownRelation("alb_node", causes.reason()));
        }
        stale.forEach(id -> model.remove("lb_node", id));
    }

    /**
     * The node of a load balancer in an AZ that is not known, as an {@code lb_node} whose existence
     * is unknown: a rule over every node must not pass over it, since it may have no target.
     */
    private static void unplacedNode(ModelBuilder model, EntityBuilder lb, Value type, String why,
                                     Graph.Link nodeLb) {
        EntityBuilder node = model.derivedEntity("lb_node", lb.id() + UNPLACED);
        node.origin(lb.origin());
        node.existenceUnknown(Reasons.name(lb) + " may have a node in an AZ that is not known: " + why);
        node.setDerived("type", type);
        nodeLb.relate(node, lb);
        // Its az and subnet stay empty rather than unknown: an unknown az would leave every zone's
        // lb_node list incomplete, also in other regions; the zones where it may be already say
        // so through the load balancer (see Hidden).
        node.setDerived("healthy_targets", Value.unknown(Reasons.name(node) + ": its AZ is not known (" + why + ")"));
    }

    /** The load balancer's type: absent means application, the ELBv2 default. */
    static Value type(EntityBuilder lb) {
        Value type = lb.attribute("type").orElse(null);
        if (type == null) {
            return Value.of(APPLICATION);
        }
        if (type instanceof Value.Unknown u) {
            return Value.unknown(Reasons.unknown(lb, "type", u.reason()));
        }
        return type;
    }

    /** A load balancer with a node whose AZ is not known. */
    private record Hidden(EntityBuilder lb, Set<String> nodeAzs, boolean maybeApplication, String reason) {
    }
}

package org.invar.bench;

import java.util.Arrays;
import org.invar.model.Column;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.model.Relation;

/**
 * The baseline: the design's five rules as plain Java loops over the same columnar model,
 * computing the same verdicts (how many entities fail each rule; unknown counts as not passing).
 * What a careful engineer would write by hand for these rules, without a rule language.
 */
public final class HandWrittenRules {
    private HandWrittenRules() {
    }

    /** Failing (or undecided) entities per rule, in the order of {@link DesignRules#TEXT}. */
    public static int[] evaluate(Model model) {
        int[] failed = new int[5];
        for (int rule = 0; rule < failed.length; rule++) {
            failed[rule] = evaluate(model, rule);
        }
        return failed;
    }

    /** Failing (or undecided) entities of one rule, by its index in {@link DesignRules#TEXT}. */
    public static int evaluate(Model model, int rule) {
        return switch (rule) {
            case 0 -> azHasHealthyTargets(model);
            case 1 -> serviceCoversAzs(model);
            case 2 -> publicLbNotBehindNat(model);
            case 3 -> tasksWhereLbHasNode(model);
            case 4 -> clusterSpansAzs(model, 3);
            default -> throw new IllegalArgumentException("no rule " + rule + ": the design's rules are 0 to 4");
        };
    }

    static int azHasHealthyTargets(Model m) {
        EntityTable az = m.table("az");
        Relation albNode = az.relation("alb_node");
        Column healthy = az.column("healthy_targets");
        int failed = 0;
        for (int e = 0; e < az.size(); e++) {
            if (albNode.count(e) > 0 && (healthy.state(e) != Column.PRESENT || healthy.longAt(e) < 1)) {
                failed++;
            }
        }
        return failed;
    }

    static int serviceCoversAzs(Model m) {
        EntityTable svc = m.table("ecs_service");
        Relation lb = svc.relation("load_balancer");
        Relation subnet = svc.relation("subnet");
        Relation subnetAz = m.table("subnet").relation("az");
        Column desired = svc.column("desired_count");
        long[] scratch = new long[16];
        int failed = 0;
        for (int e = 0; e < svc.size(); e++) {
            if (lb.count(e) == 0) {
                continue;
            }
            int n = 0;
            for (int s = subnet.start(e); s < subnet.end(e); s++) {
                int sub = subnet.target(s);
                for (int a = subnetAz.start(sub); a < subnetAz.end(sub); a++) {
                    if (n == scratch.length) {
                        scratch = Arrays.copyOf(scratch, n * 2);
                    }
                    scratch[n++] = subnetAz.target(a);
                }
            }
            if (desired.state(e) != Column.PRESENT || desired.longAt(e) < distinct(scratch, n)) {
                failed++;
            }
        }
        return failed;
    }

    static int publicLbNotBehindNat(Model m) {
        EntityTable lb = m.table("load_balancer");
        Column scheme = lb.column("scheme");
        Relation subnet = lb.relation("subnet");
        Column target = m.table("subnet").column("default_route_target");
        int internetFacing = m.strings().code("internet-facing");
        int nat = m.strings().code("nat_gateway");
        int failed = 0;
        for (int e = 0; e < lb.size(); e++) {
            if (scheme.state(e) != Column.PRESENT || scheme.codeAt(e) != internetFacing) {
                continue;
            }
            for (int s = subnet.start(e); s < subnet.end(e); s++) {
                int sub = subnet.target(s);
                if (target.state(sub) == Column.PRESENT && target.codeAt(sub) == nat) {
                    failed++;
                    break;
                }
            }
        }
        return failed;
    }

    static int tasksWhereLbHasNode(Model m) {
        EntityTable svc = m.table("ecs_service");
        Relation lbs = svc.relation("load_balancer");
        Relation subnets = svc.relation("subnet");
        Relation lbSubnets = m.table("load_balancer").relation("subnet");
        Relation subnetAz = m.table("subnet").relation("az");
        int failed = 0;
        for (int e = 0; e < svc.size(); e++) {
            if (lbs.count(e) == 0) {
                continue;
            }
            boolean ok = true;
            for (int s = subnets.start(e); s < subnets.end(e) && ok; s++) {
                int sub = subnets.target(s);
                for (int a = subnetAz.start(sub); a < subnetAz.end(sub) && ok; a++) {
                    ok = lbHasAz(lbs, lbSubnets, subnetAz, e, subnetAz.target(a));
                }
            }
            if (!ok) {
                failed++;
            }
        }
        return failed;
    }

    private static boolean lbHasAz(Relation lbs, Relation lbSubnets, Relation subnetAz, int svc, int az) {
        for (int l = lbs.start(svc); l < lbs.end(svc); l++) {
            int lb = lbs.target(l);
            for (int s = lbSubnets.start(lb); s < lbSubnets.end(lb); s++) {
                int sub = lbSubnets.target(s);
                for (int a = subnetAz.start(sub); a < subnetAz.end(sub); a++) {
                    if (subnetAz.target(a) == az) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static int clusterSpansAzs(Model m, int minAzs) {
        EntityTable cluster = m.table("ecs_cluster");
        Relation instance = cluster.relation("instance");
        Relation instanceAz = m.table("instance").relation("az");
        long[] scratch = new long[16];
        int failed = 0;
        for (int e = 0; e < cluster.size(); e++) {
            if (instance.count(e) == 0) {
                continue;
            }
            int n = 0;
            for (int i = instance.start(e); i < instance.end(e); i++) {
                int inst = instance.target(i);
                for (int a = instanceAz.start(inst); a < instanceAz.end(inst); a++) {
                    if (n == scratch.length) {
                        scratch = Arrays.copyOf(scratch, n * 2);
                    }
                    scratch[n++] = instanceAz.target(a);
                }
            }
            if (distinct(scratch, n) < minAzs) {
                failed++;
            }
        }
        return failed;
    }

    private static int distinct(long[] values, int n) {
        Arrays.sort(values, 0, n);
        int d = n == 0 ? 0 : 1;
        for (int i = 1; i < n; i++) {
            if (values[i] != values[i - 1]) {
                d++;
            }
        }
        return d;
    }
}

package org.invar.terraform.hcl.module;

import java.util.Map;
import java.util.Set;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.syntax.Pos;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code data.aws_availability_zones.X}: {@code names} is a list of unknown length whose element
 * i is AZ number i+1 of the region. Without a region it is the symbolic AZ {@code az-(i+1)}, as
 * the CloudFormation adapter names {@code Fn::GetAZs}, so models of both agree; with a region,
 * the usual name ({@code us-east-1a}). Everything else of it is unknown.
 */
final class AvailabilityZones {
    private static final int MAX_AZS = 26;

    private AvailabilityZones() {
    }

    static Value of(String address, String region, Pos pos) {
        String where = region == null ? "the region" : region;
        Value.OpenList names = new Value.OpenList(address + ".names", "the number of AZs in " + where
                + " is not known without AWS", i -> {
                    if (i >= MAX_AZS) {
                        throw new EvalException(pos, "no region has " + (i + 1) + " AZs", true);
                    }
                    return new Value.Str(region == null ? "az-" + (i + 1) : region + (char) ('a' + i));
                });
        return new Value.Lazy(address, name -> name.equals("names") ? names
                : new Value.Unknown(address + "." + name + " is read from AWS", Set.of()),
                () -> new Value.Obj(Map.of("names", names)));
    }
}

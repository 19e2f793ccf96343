package org.invar.aws.map;

import org.invar.aws.scan.AccountSnapshot;
import org.invar.aws.scan.RegionSnapshot;
import org.invar.aws.scan.ScanResult;
import org.invar.model.ModelBuilder;

/**
 * Fills a model builder from a scan. In each region the network comes first (zones, subnets,
 * instances), then ECS (tasks' IPs) and the scaling range of its services, then load balancers
 * and target groups (which need the network, the tasks and the network interfaces to place
 * targets), then Auto Scaling (which needs the target groups and capacity providers), RDS; S3 per
 * account; and last the entities referred to but not read.
 *
 * <pre>{@code
 * ModelBuilder builder = Model.builder();
 * ModelFiller.fill(AwsScanner.scan(spec), builder);
 * Model model = builder.build();
 * }</pre>
 */
public final class ModelFiller {
    private ModelFiller() {
    }

    public static void fill(ScanResult scan, ModelBuilder builder) {
        MappingContext ctx = new MappingContext(builder);
        for (AccountSnapshot account : scan.accounts()) {
            for (RegionSnapshot r : account.regions()) {
                NetworkMapper.map(ctx, r.scope(), r.ec2());
                RouteTableMapper.map(ctx, r.scope(), r.ec2());
                SecurityGroupMapper.map(ctx, r.scope(), r.ec2());
                InstanceMapper.map(ctx, r.scope(), r.ec2());
                EcsMapper.map(ctx, r.scope(), r.ecs());
                ScalableTargetMapper.map(ctx, r.scope(), r.ecs(), r.scaling());
                LoadBalancerMapper.map(ctx, r.scope(), r.elb());
                TargetGroupMapper.map(ctx, r.scope(), r.elb(), r.interfaces());
                AutoScalingMapper.map(ctx, r.scope(), r.autoScaling());
                DbInstanceMapper.map(ctx, r.scope(), r.rds());
            }
            BucketMapper.map(ctx, account.scope(), account.s3());
        }
        if (!scan.accounts().isEmpty()) {
            DanglingReferences.resolve(ctx, scan.accounts().get(0).scope());
        }
    }
}

package org.invar.terraform;

import java.util.List;
import org.invar.terraform.mapping.Mappers;
import org.invar.terraform.mapping.ResourceMapper;
import org.invar.terraform.mapping.compute.AutoScalingAttachmentMapper;
import org.invar.terraform.mapping.compute.AutoScalingGroupMapper;
import org.invar.terraform.mapping.compute.InstanceMapper;
import org.invar.terraform.mapping.compute.LaunchTemplateMapper;
import org.invar.terraform.mapping.ecs.CapacityProviderMapper;
import org.invar.terraform.mapping.ecs.ClusterCapacityProvidersMapper;
import org.invar.terraform.mapping.ecs.EcsClusterMapper;
import org.invar.terraform.mapping.ecs.EcsServiceMapper;
import org.invar.terraform.mapping.ecs.ScalableTargetMapper;
import org.invar.terraform.mapping.elb.ListenerMapper;
import org.invar.terraform.mapping.elb.ListenerRuleMapper;
import org.invar.terraform.mapping.elb.LoadBalancerMapper;
import org.invar.terraform.mapping.elb.TargetGroupAttachmentMapper;
import org.invar.terraform.mapping.elb.TargetGroupMapper;
import org.invar.terraform.mapping.network.InternetGatewayMapper;
import org.invar.terraform.mapping.network.MainRouteTableAssociationMapper;
import org.invar.terraform.mapping.network.NatGatewayMapper;
import org.invar.terraform.mapping.network.RouteMapper;
import org.invar.terraform.mapping.network.RouteTableAssociationMapper;
import org.invar.terraform.mapping.network.RouteTableMapper;
import org.invar.terraform.mapping.network.SubnetMapper;
import org.invar.terraform.mapping.network.VpcMapper;
import org.invar.terraform.mapping.security.SecurityGroupMapper;
import org.invar.terraform.mapping.security.SecurityGroupRuleMapper;
import org.invar.terraform.mapping.security.VpcSecurityGroupRuleMapper;
import org.invar.terraform.mapping.storage.BucketMapper;
import org.invar.terraform.mapping.storage.BucketSettingsMapper;
import org.invar.terraform.mapping.storage.DbInstanceMapper;
import org.invar.terraform.mapping.storage.DbSubnetGroupMapper;

/**
 * The mappers of schema v1's AWS resources, new instances for each load. It sits above the mapping
 * packages, which it gathers, so that they depend on the mapping contract and not on each other.
 */
final class StandardMappers {
    private StandardMappers() {
    }

    /** The mappers of one load: mappers may hold state for one load. */
    static Mappers forOneLoad() {
        return new Mappers(all());
    }

    static List<ResourceMapper> all() {
        return List.of(
                new VpcMapper(), new SubnetMapper(), new RouteTableMapper(), new RouteMapper(),
                new RouteTableAssociationMapper(), new MainRouteTableAssociationMapper(),
                new InternetGatewayMapper(), new NatGatewayMapper(),
                new SecurityGroupMapper(), new SecurityGroupRuleMapper(), new VpcSecurityGroupRuleMapper(),
                new LoadBalancerMapper(), new TargetGroupMapper(), new ListenerMapper(), new ListenerRuleMapper(),
                new TargetGroupAttachmentMapper(),
                new EcsClusterMapper(), new EcsServiceMapper(), new CapacityProviderMapper(),
                new ClusterCapacityProvidersMapper(), new ScalableTargetMapper(),
                new AutoScalingGroupMapper(), new AutoScalingAttachmentMapper(), new LaunchTemplateMapper(),
                new InstanceMapper(),
                new DbInstanceMapper(), new DbSubnetGroupMapper(),
                new BucketMapper(), new BucketSettingsMapper());
    }
}

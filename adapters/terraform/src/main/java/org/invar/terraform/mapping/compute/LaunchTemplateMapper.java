package org.invar.terraform.mapping.compute;

import java.util.List;
import java.util.Set;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * {@code aws_launch_template} and {@code aws_launch_configuration}: no entity of their own, but
 * kept so that an Auto Scaling group can read its instance type from them.
 */
public final class LaunchTemplateMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_launch_template", "aws_launch_configuration");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("name", "instance_type");
    }

    @Override
    public Set<String> lookupKeys() {
        return Set.of("name");
    }

    @Override
    public String family() {
        return "launch_template";
    }

    @Override
    public boolean makesEntity() {
        return false;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        // read by AutoScalingGroupMapper
    }
}

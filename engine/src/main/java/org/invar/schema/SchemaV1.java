package org.invar.schema;

import static org.invar.schema.ValueType.BOOL;
import static org.invar.schema.ValueType.INT;
import static org.invar.schema.ValueType.STRING;

/**
 * Schema v1: the kinds of the design's table, each field with one line of meaning. Fields the
 * engine derives are marked derived; adapters do not fill them and model files do not carry them.
 */
final class SchemaV1 {
    static final Schema SCHEMA = build();

    private SchemaV1() {
    }

    private static Schema build() {
        Schema.Builder s = Schema.builder();
        K region = new K(s, "region", "An AWS region");
        K az = new K(s, "az", "An availability zone");
        K vpc = new K(s, "vpc", "A virtual private cloud");
        K subnet = new K(s, "subnet", "A subnet, in one availability zone of one VPC");
        K routeTable = new K(s, "route_table", "A route table of a VPC");
        K route = new K(s, "route", "A route of a route table");
        K igw = new K(s, "internet_gateway", "An internet gateway attached to a VPC");
        K nat = new K(s, "nat_gateway", "A NAT gateway in a subnet");
        K sg = new K(s, "security_group", "A security group");
        K ingress = new K(s, "ingress", "An inbound rule of a security group");
        K egress = new K(s, "egress", "An outbound rule of a security group");
        K lb = new K(s, "load_balancer", "An Elastic Load Balancing v2 load balancer");
        K lbNode = new K(s, "lb_node", "A load balancer's node in one AZ (derived: one per AZ of its subnets)", true);
        K listener = new K(s, "listener", "A listener of a load balancer");
        K tg = new K(s, "target_group", "A target group");
        K target = new K(s, "target", "A target of a target group: registered (live) or predicted (static)");
        K cluster = new K(s, "ecs_cluster", "An ECS cluster");
        K service = new K(s, "ecs_service", "An ECS service");
        K strategy = new K(s, "capacity_provider_strategy", "An item of a capacity provider strategy");
        K placement = new K(s, "placement_strategy", "An ECS placement strategy");
        K constraint = new K(s, "placement_constraint", "An ECS placement constraint");
        K task = new K(s, "ecs_task", "A running ECS task");
        K instance = new K(s, "instance", "An EC2 instance");
        K asg = new K(s, "auto_scaling_group", "An Auto Scaling group");
        K provider = new K(s, "capacity_provider", "An ECS capacity provider");
        K db = new K(s, "db_instance", "An RDS database instance");
        K bucket = new K(s, "bucket", "An S3 bucket");

        region.attr("name", STRING, "Region name, such as us-east-1");
        region.rel("az", az, true, "Availability zones of the region");

        az.attr("name", STRING, "Zone name, such as us-east-1a (symbolic when the region is not known)");
        az.attr("zone_id", STRING, "Zone id, such as use1-az1, the same physical zone in every account");
        az.derivedAttr("healthy_targets", INT,
                "Healthy (live) or predicted (static) targets in this AZ behind load balancers with a node here");
        az.derivedAttr("running_tasks", INT, "ECS tasks running (live) or guaranteed (static) in this AZ");
        az.rel("region", region, false, "The region of the zone");
        az.rel("subnet", subnet, true, "Subnets in the zone");
        az.derivedRel("alb_node", lbNode, true, "Nodes of application load balancers in the zone");
        az.derivedRel("lb_node", lbNode, true, "Nodes of load balancers of any type in the zone");
        az.rel("instance", instance, true, "EC2 instances in the zone");
        az.derivedRel("target", target, true, "Targets in the zone");

        vpc.attr("id", STRING, "VPC id");
        vpc.attr("cidr", STRING, "Primary IPv4 CIDR block");
        vpc.rel("subnet", subnet, true, "Subnets of the VPC");
        vpc.rel("route_table", routeTable, true, "Route tables of the VPC");

        subnet.attr("id", STRING, "Subnet id");
        subnet.attr("name", STRING, "Name tag");
        subnet.attr("cidr", STRING, "IPv4 CIDR block");
        subnet.attr("map_public_ip_on_launch", BOOL, "Whether instances launched here get a public IP");
        subnet.derivedAttr("default_route_target", STRING,
                "Target type of the most specific route covering 0.0.0.0/0 (the VPC's main table if none is associated)");
        subnet.derivedAttr("is_public", BOOL, "Whether the default route goes to an internet gateway");
        subnet.rel("az", az, false, "The zone of the subnet");
        subnet.rel("vpc", vpc, false, "The VPC of the subnet");
        subnet.rel("route_table", routeTable, false, "The route table associated with the subnet");

        routeTable.attr("id", STRING, "Route table id");
        routeTable.attr("main", BOOL, "Whether this is the VPC's main route table");
        routeTable.rel("vpc", vpc, false, "The VPC of the table");
        routeTable.rel("subnet", subnet, true, "Subnets explicitly associated with the table");
        routeTable.rel("route", route, true, "Routes of the table");

        route.attr("destination", STRING, "Destination CIDR block, such as 0.0.0.0/0");
        route.attr("target_type", STRING,
                "internet_gateway, nat_gateway, transit_gateway, instance, vpc_peering, local, ...");
        route.attr("target_id", STRING, "Id of the route's target");
        route.rel("route_table", routeTable, false, "The table of the route");

        for (K gateway : new K[] {igw, nat}) {
            gateway.attr("id", STRING, "Gateway id");
            gateway.attr("connectivity_type", STRING, "public or private");
            gateway.rel("vpc", vpc, false, "The VPC of the gateway");
            gateway.rel("subnet", subnet, false, "The subnet of the gateway (NAT gateways)");
            gateway.rel("az", az, false, "The zone of the gateway (NAT gateways)");
        }

        sg.attr("id", STRING, "Security group id");
        sg.attr("name", STRING, "Group name");
        sg.rel("vpc", vpc, false, "The VPC of the group");
        sg.rel("ingress", ingress, true, "Inbound rules");
        sg.rel("egress", egress, true, "Outbound rules");
        for (K rule : new K[] {ingress, egress}) {
            rule.attr("protocol", STRING, "tcp, udp, icmp, or -1 for all");
            rule.attr("from_port", INT, "First port of the range");
            rule.attr("to_port", INT, "Last port of the range");
            rule.attr("cidr", STRING, "IPv4 CIDR block of the peer, such as 0.0.0.0/0");
            rule.rel("security_group", sg, false, "The group the rule belongs to");
            rule.rel("peer", sg, false, "The source (ingress) or destination (egress) security group");
        }

        lb.attr("name", STRING, "Load balancer name");
        lb.attr("type", STRING, "application, network or gateway");
        lb.attr("scheme", STRING, "internet-facing or internal");
        lb.attr("cross_zone", BOOL, "Whether cross-zone load balancing is on");
        lb.attr("drop_invalid_header_fields", BOOL, "Whether an ALB drops HTTP headers with invalid fields");
        lb.rel("subnet", subnet, true, "Subnets the load balancer has nodes in");
        lb.derivedRel("az", az, true, "Zones of its subnets");
        lb.derivedRel("lb_node", lbNode, true, "Its nodes, one per zone");
        lb.rel("listener", listener, true, "Its listeners");
        lb.derivedRel("target_group", tg, true, "Target groups its listeners and listener rules forward to");
        lb.rel("security_group", sg, true, "Its security groups");
        lb.rel("region", region, false, "The region of the load balancer: its nodes are in that region's zones");

        lbNode.attr("type", STRING, "The load balancer's type");
        lbNode.derivedAttr("healthy_targets", INT, "Healthy or predicted targets in the node's zone behind its load balancer");
        lbNode.rel("load_balancer", lb, false, "The load balancer");
        lbNode.rel("az", az, false, "The zone of the node");
        lbNode.rel("subnet", subnet, false, "The subnet the node is in");

        listener.attr("port", INT, "Port it listens on");
        listener.attr("protocol", STRING, "HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, GENEVE");
        listener.rel("load_balancer", lb, false, "The load balancer");
        listener.rel("target_group", tg, true, "Target groups its default actions and rules forward to");

        tg.attr("name", STRING, "Target group name");
        tg.attr("target_type", STRING, "instance, ip, lambda or alb");
        tg.attr("protocol", STRING, "Protocol to the targets");
        tg.attr("port", INT, "Port of the targets");
        tg.attr("health_check_path", STRING, "Path of the HTTP health check");
        tg.derivedRel("load_balancer", lb, true, "Load balancers that forward to it, through listeners and rules");
        tg.rel("target", target, true, "Its targets");
        tg.rel("ecs_service", service, true, "ECS services that register tasks in it");
        tg.rel("auto_scaling_group", asg, true, "Auto Scaling groups that register instances in it");

        target.attr("port", INT, "Port of the target");
        target.attr("health", STRING, "healthy, unhealthy, initial, draining, unused, or predicted (static models)");
        target.rel("target_group", tg, false, "The target group");
        target.rel("az", az, false, "The zone of the target");

        cluster.attr("name", STRING, "Cluster name");
        cluster.rel("ecs_service", service, true, "Its services");
        cluster.rel("instance", instance, true, "Container instances registered in it");
        cluster.rel("capacity_provider", provider, true, "Capacity providers associated with it");
        cluster.rel("capacity_provider_strategy", strategy, true, "Its default capacity provider strategy");

        service.attr("name", STRING, "Service name");
        service.attr("launch_type", STRING, "EC2, FARGATE or EXTERNAL");
        service.attr("desired_count", INT, "Number of tasks the service keeps running");
        service.attr("min_capacity", INT, "Bottom of its Application Auto Scaling range (a scalable target's"
                + " MinCapacity), when a scalable target scales it; the guaranteed task count placement uses");
        service.attr("running_count", INT, "Number of tasks running (live)");
        service.attr("scheduling_strategy", STRING, "REPLICA or DAEMON");
        service.attr("assign_public_ip", BOOL, "Whether awsvpc tasks get a public IP");
        service.derivedAttr("az_count", INT, "Number of distinct zones its tasks may run in (see az)");
        service.derivedAttr("uneven_tasks", INT,
                "desired_count modulo az_count: tasks left over when they are spread evenly over its zones");
        service.rel("ecs_cluster", cluster, false, "Its cluster");
        service.rel("subnet", subnet, true, "Subnets of its awsvpc network configuration");
        service.derivedRel("az", az, true, "Zones its tasks may run in: its subnets' zones, bounded by the zones of"
                + " the Auto Scaling groups of the capacity providers that place it (its strategy, else its"
                + " cluster's default); without subnets, those groups' zones");
        service.rel("security_group", sg, true, "Security groups of its tasks");
        service.derivedRel("load_balancer", lb, true, "Load balancers in front of its target groups");
        service.rel("target_group", tg, true, "Target groups its tasks register in");
        service.rel("ecs_task", task, true, "Its tasks (live)");
        service.rel("capacity_provider_strategy", strategy, true,
                "Its capacity provider strategy (without one and a launch type, its cluster's default places it)");
        service.rel("placement_strategy", placement, true, "Its placement strategies");
        service.rel("placement_constraint", constraint, true, "Its placement constraints");

        strategy.attr("weight", INT, "Relative share of tasks");
        strategy.attr("base", INT, "Tasks placed on this provider first");
        strategy.rel("capacity_provider", provider, false, "The capacity provider");

        placement.attr("type", STRING, "spread, binpack or random");
        placement.attr("field", STRING, "Field it applies to, such as attribute:ecs.availability-zone");

        constraint.attr("type", STRING, "distinctInstance or memberOf");
        constraint.attr("expression", STRING, "Cluster query language expression");

        task.attr("last_status", STRING, "RUNNING, PENDING, STOPPED, ...");
        task.attr("health_status", STRING, "HEALTHY, UNHEALTHY or UNKNOWN");
        task.rel("ecs_service", service, false, "The service that started it");
        task.rel("subnet", subnet, false, "The subnet of its network interface");
        task.rel("az", az, false, "Its zone");

        instance.attr("id", STRING, "Instance id");
        instance.attr("instance_type", STRING, "Instance type, such as m5.large");
        instance.attr("state", STRING, "pending, running, stopped, ...");
        instance.rel("subnet", subnet, false, "Its subnet");
        instance.rel("az", az, false, "Its zone");
        instance.rel("ecs_cluster", cluster, false, "The cluster it is registered in");
        instance.rel("auto_scaling_group", asg, false, "The group that launched it");

        asg.attr("name", STRING, "Group name");
        asg.attr("min_size", INT, "Minimum size");
        asg.attr("max_size", INT, "Maximum size");
        asg.attr("desired_capacity", INT, "Desired capacity");
        asg.attr("capacity_rebalance", BOOL, "Whether capacity rebalancing is on");
        asg.attr("instance_type", STRING, "Instance type of its launch template or configuration");
        asg.rel("subnet", subnet, true, "Its subnets (VPC zone identifier)");
        asg.rel("az", az, true, "Its zones");
        asg.rel("instance", instance, true, "Its instances");
        asg.rel("capacity_provider", provider, true, "Capacity providers that manage it");

        provider.attr("name", STRING, "Capacity provider name");
        provider.attr("target_capacity", INT, "Target capacity percentage of managed scaling");
        provider.attr("managed_scaling", BOOL, "Whether managed scaling is on");
        provider.rel("auto_scaling_group", asg, false,
                "The Auto Scaling group it manages, whose zones are where it places tasks");

        db.attr("id", STRING, "DB instance identifier");
        db.attr("engine", STRING, "postgres, mysql, ...");
        db.attr("multi_az", BOOL, "Whether it has a standby in another zone");
        db.attr("publicly_accessible", BOOL, "Whether it has a public address");
        db.attr("storage_encrypted", BOOL, "Whether storage is encrypted");
        db.attr("deletion_protection", BOOL, "Whether deletion protection is on");
        db.attr("port", INT, "Port it listens on");
        db.rel("subnet", subnet, true, "Subnets of its DB subnet group");
        db.rel("az", az, true, "Its zone(s)");
        db.rel("security_group", sg, true, "Its VPC security groups");

        bucket.attr("name", STRING, "Bucket name");
        bucket.attr("versioning", BOOL, "Whether versioning is enabled");
        bucket.attr("encrypted", BOOL, "Whether default encryption is on");
        bucket.attr("public_access_blocked", BOOL, "Whether all four public access blocks are on");

        s.inverse("region.az", "az.region")
                .inverse("az.subnet", "subnet.az")
                .inverse("az.instance", "instance.az")
                .inverse("az.target", "target.az")
                .inverse("az.lb_node", "lb_node.az")
                .inverse("vpc.subnet", "subnet.vpc")
                .inverse("vpc.route_table", "route_table.vpc")
                .inverse("subnet.route_table", "route_table.subnet")
                .inverse("route_table.route", "route.route_table")
                .inverse("security_group.ingress", "ingress.security_group")
                .inverse("security_group.egress", "egress.security_group")
                .inverse("load_balancer.lb_node", "lb_node.load_balancer")
                .inverse("load_balancer.listener", "listener.load_balancer")
                .inverse("load_balancer.target_group", "target_group.load_balancer")
                .inverse("target_group.target", "target.target_group")
                .inverse("target_group.ecs_service", "ecs_service.target_group")
                .inverse("ecs_cluster.ecs_service", "ecs_service.ecs_cluster")
                .inverse("ecs_cluster.instance", "instance.ecs_cluster")
                .inverse("ecs_service.ecs_task", "ecs_task.ecs_service")
                .inverse("auto_scaling_group.instance", "instance.auto_scaling_group")
                .inverse("auto_scaling_group.capacity_provider", "capacity_provider.auto_scaling_group");
        return s.build();
    }

    /** A kind being defined, so the table above reads as one line per field. */
    private static final class K {
        private final Schema.Builder schema;
        private final String name;

        K(Schema.Builder schema, String name, String doc) {
            this(schema, name, doc, false);
        }

        K(Schema.Builder schema, String name, String doc, boolean derived) {
            this.schema = schema;
            this.name = name;
            schema.kind(name, doc, derived);
        }

        void attr(String attribute, ValueType type, String doc) {
            schema.attribute(name, new AttributeDef(attribute, type, false, doc));
        }

        void derivedAttr(String attribute, ValueType type, String doc) {
            schema.attribute(name, new AttributeDef(attribute, type, true, doc));
        }

        void rel(String relation, K target, boolean many, String doc) {
            schema.relation(name, new RelationDef(relation, target.name, many, false, doc));
        }

        void derivedRel(String relation, K target, boolean many, String doc) {
            schema.relation(name, new RelationDef(relation, target.name, many, true, doc));
        }
    }
}

package org.invar.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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
import org.invar.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The plan renderer is checked against Terraform itself: {@code real/main.tf} is {@link #INFRA}
 * written by hand, and {@code real/real-plan.json} what Terraform 1.11 with the AWS provider
 * 5.100 planned for it (offline, as the Terraform adapter's fixtures are made). The rendered
 * plan, the real plan and the template must give the same model up to ids. Its second subnet
 * leaves its zone to AWS, so the shape of a zone known only after apply is checked too.
 */
class RealPlanTest {
    static final Infra INFRA = new Infra(2,
            List.of(new Subnet(0, true, true), new Subnet(0, false, false, false), new Subnet(1, true, false)),
            true, List.of(0),
            List.of(new RouteTable(DefaultRoute.INTERNET_GATEWAY, -1, List.of(0, 2), true),
                    new RouteTable(DefaultRoute.NAT_GATEWAY, 0, List.of(1), false)),
            List.of(new Group("group-0", List.of(new Rule("tcp", 443, 443, "0.0.0.0/0", -1)), false, RuleStyle.INLINE),
                    new Group("group-1", List.of(new Rule("tcp", 8080, 8080, null, 0), new Rule("-1", -1, -1, "10.0.0.0/16", -1)),
                            true, RuleStyle.VPC_RULE),
                    new Group("group-2", List.of(new Rule("tcp", 5432, 5432, null, 2)), false, RuleStyle.SECURITY_GROUP_RULE)),
            Optional.of(new Balancer(false, false, List.of(0, 2), false, List.of(0), TargetType.IP, "/health", true)),
            true,
            List.of(new Service("svc-0", 2, List.of(1), List.of(1), true, false),
                    new Service("svc-1", 0, List.of(0, 2), List.of(), false, true)),
            Optional.of(new ScalingGroup(1, Optional.empty(), 3, List.of(1), false, "t3.micro")),
            Optional.of(new Database(List.of(1, 2), true, true, false, List.of(2))),
            Optional.of(new Bucket("agreement-data", Versioning.ENABLED, true, PublicAccess.PARTLY_BLOCKED)));

    private static String resource(String name) throws IOException {
        try (InputStream in = RealPlanTest.class.getResourceAsStream("/real/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRenderedPlanGivesTheModelOfTheRealOne() throws IOException {
        Model real = Renderings.loadPlan(resource("real-plan.json"));
        Model rendered = Renderings.loadPlan(PlanRenderer.render(INFRA));
        CanonicalForm canon = CanonicalForm.of(real, "terraform plan", rendered, "rendered plan", List.of());
        assertEquals(List.of(), canon.differences());
    }

    @Test
    void theRealPlanAgreesWithTheTemplate() throws IOException {
        Model real = Renderings.loadPlan(resource("real-plan.json"));
        Model template = Renderings.loadTemplate(TemplateRenderer.render(INFRA));
        assertEquals(List.of(), CanonicalForm.of(template, Renderings.CFN, real, Renderings.TF, Agreement.EXCLUSIONS)
                .differences());
    }
}

package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.invar.Invar;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module whose code is not there to read (a registry or Git module before {@code terraform
 * init}, a local directory that is missing) has, for each kind the mappings make, a placeholder
 * {@code module.NAME (not read)} of unknown existence: rules over those kinds are unknown with
 * the reason, never skipped. After {@code terraform init}, the modules it installed are read.
 */
class HclUnreadModuleTest {
    private static final String REGISTRY_CALL = """
            module "vpc" {
              source  = "terraform-aws-modules/vpc/aws"
              version = "5.0.0"
            }
            resource "aws_lb" "web" {
              subnets = module.vpc.public_subnets
            }
            """;

    private static Optional<String> existence(Model m, String kind, String id) {
        EntityTable table = m.table(kind);
        return table.find(id).map(table::existenceUnknown);
    }

    @Test
    void aRegistryModuleBeforeInitHasPlaceholdersOfUnknownExistence(@TempDir Path dir) {
        Configs.write(dir, "main.tf", REGISTRY_CALL);
        Model m = Configs.load(dir);
        String reason = "module.vpc (source terraform-aws-modules/vpc/aws) was not read: it comes from a module registry"
                + " and is downloaded by terraform init; run terraform init in " + dir + " (invar then reads the"
                + " modules it downloads), or give a plan";
        for (String kind : List.of("vpc", "subnet", "route_table", "route", "nat_gateway", "security_group", "ingress",
                "load_balancer", "listener", "target_group", "target", "ecs_cluster", "ecs_service", "instance",
                "auto_scaling_group", "db_instance", "bucket", "capacity_provider_strategy")) {
            assertEquals(Optional.of(reason), existence(m, kind, "module.vpc (not read)"), kind);
        }
        for (String kind : List.of("az", "region", "lb_node", "ecs_task")) {
            assertEquals(Optional.empty(), m.table(kind).find("module.vpc (not read)"), kind);
        }
        EntityTable subnets = m.table("subnet");
        int subnet = subnets.find("module.vpc (not read)").orElseThrow();
        assertEquals(reason, subnets.column("cidr").unknownReason(subnet));
        assertEquals(reason, Fixtures.zoneCause(m, "module.vpc (not read)"), "its zone is symbolic, with the reason");
        assertEquals(dir + "/main.tf", subnets.origin(subnet).file());
        assertEquals(1, subnets.origin(subnet).line());
        assertTrue(m.notes().contains(dir + "/main.tf:1:1: " + reason + "; in the model, placeholders of unknown existence"
                + " (module.vpc (not read)) stand for what it may make"), m.notes()::toString);
        assertTrue(Fixtures.unknownRelation(m, "load_balancer", "aws_lb.web", "subnet").contains(reason));
    }

    @Test
    void rulesOverTheKindsItMayMakeAreUnknownNotSkipped(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                module "db" {
                  source = "git::https://example.com/infra/db.git?ref=v1"
                }
                """);
        var report = Invar.compile("""
                rule db-encrypted {
                  assert every db_instance has storage_encrypted == true
                }
                rule versioned {
                  assert every bucket has versioning == true
                }
                """).evaluate(Configs.load(dir));
        for (var result : report.results()) {
            assertEquals(Verdict.UNKNOWN, result.verdict(), result.rule());
            String why = result.findings().get(0).reason().orElseThrow();
            assertTrue(why.contains("module.db (source git::https://example.com/infra/db.git?ref=v1) was not read:"
                    + " invar does not download modules"), why);
        }
    }

    @Test
    void registryAddressesAreToldFromGitRepositories(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                module "role" {
                  source = "terraform-aws-modules/iam/aws//modules/iam-role"
                }
                module "net" {
                  source = "github.com/example/network"
                }
                """);
        Model m = Configs.load(dir);
        assertTrue(existence(m, "vpc", "module.role (not read)").orElseThrow().contains("it comes from a module registry"));
        assertTrue(existence(m, "vpc", "module.net (not read)").orElseThrow().contains("invar does not download modules"));
    }

    @Test
    void aMissingLocalDirectoryIsAModuleNotRead(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                module "net" {
                  source = "./modules/nett"
                }
                """, "modules/net/main.tf", "resource \"aws_vpc\" \"v\" {}\n");
        Model m = Configs.load(dir);
        String why = existence(m, "subnet", "module.net (not read)").orElseThrow();
        assertEquals("module.net (source ./modules/nett) was not read: there is no directory ./modules/nett ("
                + dir.resolve("modules/nett") + "); fix the source, or give a plan", why);
    }

    @Test
    void placeholdersArePerCallingModuleInstanceAndNoneForCountZero(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                module "app" {
                  source = "./app"
                  count  = 2
                }
                module "off" {
                  source = "terraform-aws-modules/alb/aws"
                  count  = 0
                }
                """, "app/main.tf", """
                module "alb" {
                  source = "terraform-aws-modules/alb/aws"
                }
                """);
        Model m = Configs.load(dir);
        assertTrue(existence(m, "load_balancer", "module.app[0].module.alb (not read)").isPresent());
        assertTrue(existence(m, "load_balancer", "module.app[1].module.alb (not read)").isPresent());
        assertEquals(Optional.empty(), m.table("load_balancer").find("module.off (not read)"));
    }

    @Test
    void aModuleTerraformInitInstalledIsRead(@TempDir Path dir) {
        Configs.write(dir, "main.tf", REGISTRY_CALL,
                ".terraform/modules/modules.json", """
                {"Modules":[{"Key":"","Source":"","Dir":"."},
                 {"Key":"vpc","Source":"registry.terraform.io/terraform-aws-modules/vpc/aws","Version":"5.0.0",
                  "Dir":".terraform/modules/vpc"},
                 {"Key":"vpc.flow","Source":"./modules/flow","Dir":".terraform/modules/vpc/modules/flow"}]}
                """,
                ".terraform/modules/vpc/main.tf", """
                resource "aws_subnet" "public" {
                  count             = 2
                  availability_zone = "eu-west-1${count.index == 0 ? "a" : "b"}"
                }
                module "flow" {
                  source = "./modules/flow"
                }
                output "public_subnets" {
                  value = aws_subnet.public[*].id
                }
                """,
                ".terraform/modules/vpc/modules/flow/main.tf", "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"flow\"\n}\n");
        Model m = Configs.load(dir);
        assertEquals(List.of("module.vpc.aws_subnet.public[0]", "module.vpc.aws_subnet.public[1]"),
                Fixtures.related(m, "load_balancer", "aws_lb.web", "subnet"));
        assertTrue(m.table("bucket").find("module.vpc.module.flow.aws_s3_bucket.logs").isPresent());
        assertEquals(Optional.empty(), m.table("subnet").find("module.vpc (not read)"));
        var table = m.table("subnet");
        assertTrue(table.origin(table.find("module.vpc.aws_subnet.public[0]").orElseThrow()).file()
                .endsWith(".terraform/modules/vpc/main.tf"));
    }

    @Test
    void aModuleInstalledForAnotherSourceIsNotRead(@TempDir Path dir) {
        Configs.write(dir, "main.tf", REGISTRY_CALL,
                ".terraform/modules/modules.json", """
                {"Modules":[{"Key":"vpc","Source":"registry.terraform.io/someone/network/aws","Dir":".terraform/modules/vpc"}]}
                """,
                ".terraform/modules/vpc/main.tf", "resource \"aws_vpc\" \"v\" {}\n");
        Model m = Configs.load(dir);
        String why = existence(m, "vpc", "module.vpc (not read)").orElseThrow();
        assertTrue(why.contains("was not read: terraform init downloaded registry.terraform.io/someone/network/aws for"
                + " it, not this source; run terraform init"), why);
    }
}

package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.Invar;
import org.invar.model.EntityTable;
import org.invar.model.Model;
import org.invar.report.Verdict;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resource or module whose {@code count} or {@code for_each} cannot be evaluated is in the model
 * as one entity per resource, {@code ADDRESS[?]}, whose existence is unknown with the reason, its
 * fields what its body says; rules over its kind are unknown, never skipped.
 */
class HclUnknownExistenceTest {
    /**
     * The shape of terraform-aws-metaflow's modules/datastore/rds.tf: a DB instance unless the
     * engine is Aurora, here of an engine not given.
     */
    private static final String RDS = """
            variable "db_engine" {
              type = string
            }
            locals {
              use_aurora = length(regexall("^aurora-", var.db_engine)) > 0
            }
            resource "aws_db_instance" "this" {
              count               = local.use_aurora ? 0 : 1
              engine              = var.db_engine
              publicly_accessible = true
              storage_encrypted   = false
              multi_az            = false
              identifier          = "metaflow-${count.index}"
            }
            """;

    private static String existence(Model m, String kind, String id) {
        EntityTable table = m.table(kind);
        return table.existenceUnknown(table.find(id).orElseThrow(() -> new AssertionError("no " + kind + " " + id
                + " in " + table.ids())));
    }

    @Test
    void aResourceOfUnknownCountIsOneEntityThatMayNotExist(@TempDir Path dir) {
        Configs.write(dir, "rds.tf", RDS);
        Model m = Configs.load(dir);
        String why = existence(m, "db_instance", "aws_db_instance.this[?]");
        assertTrue(why.startsWith("how many instances aws_db_instance.this has is not known: the condition at " + dir
                + "/rds.tf:8:25 is not known: var.db_engine has no value"), why);
        assertEquals("true", Fixtures.attribute(m, "db_instance", "aws_db_instance.this[?]", "publicly_accessible")
                .orElseThrow().display());
        var table = m.table("db_instance");
        var origin = table.origin(table.find("aws_db_instance.this[?]").orElseThrow());
        assertEquals(7, origin.line());
        assertTrue(m.notes().stream().anyMatch(n -> n.startsWith(dir + "/rds.tf:7:1: how many instances"
                + " aws_db_instance.this has is not known") && n.endsWith("the model has one entity for them,"
                + " aws_db_instance.this[?], which may not exist")), m.notes()::toString);
    }

    @Test
    void rulesOverItsKindAreUnknownNotSkipped(@TempDir Path dir) {
        Configs.write(dir, "rds.tf", RDS);
        var report = Invar.compile("""
                rule db-not-public {
                  assert no db_instance with publicly_accessible == true
                }
                rule db-encrypted {
                  assert every db_instance has storage_encrypted == true
                }
                """).evaluate(Configs.load(dir));
        for (var result : report.results()) {
            assertEquals(Verdict.UNKNOWN, result.verdict(), result.rule());
            assertTrue(result.findings().get(0).reason().orElseThrow().contains("aws_db_instance.this has is not known"),
                    result.findings().get(0).reason()::toString);
        }
        // Given a value, the count is known (regexall() is evaluated) and the verdict too.
        var known = Invar.compile("no db_instance with publicly_accessible == true").evaluate(Configs.load(dir,
                java.util.Map.of("db_engine", "postgres")));
        assertEquals(Verdict.FAIL, known.results().get(0).verdict());
        var aurora = Invar.compile("no db_instance with publicly_accessible == true").evaluate(Configs.load(dir,
                java.util.Map.of("db_engine", "aurora-postgresql")));
        assertEquals(Verdict.SKIP, aurora.results().get(0).verdict());
    }

    @Test
    void countIndexAndEachAreUnknownInIt(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "names" {
                  type = set(string)
                }
                variable "n" {
                  type = number
                }
                resource "aws_ecs_cluster" "c" {
                  for_each = var.names
                  name     = each.key
                }
                resource "aws_lb_target_group" "t" {
                  count    = var.n
                  name     = "tg-${count.index}"
                  port     = 80
                  protocol = "HTTP"
                }
                """);
        Model m = Configs.load(dir);
        assertTrue(existence(m, "ecs_cluster", "aws_ecs_cluster.c[?]").contains("var.names has no value"));
        String name = m.table("ecs_cluster").column("name").unknownReason(m.table("ecs_cluster")
                .find("aws_ecs_cluster.c[?]").orElseThrow());
        assertTrue(name.contains("each of aws_ecs_cluster.c[?] is not known"), name);
        assertEquals("80", Fixtures.attribute(m, "target_group", "aws_lb_target_group.t[?]", "port").orElseThrow().display());
        assertTrue(existence(m, "target_group", "aws_lb_target_group.t[?]").contains("var.n has no value"));
    }

    @Test
    void whatRefersToItLinksToItAsACandidate(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "create" {
                  type = bool
                }
                resource "aws_security_group" "db" {
                  count = var.create ? 1 : 0
                  name  = "db"
                }
                resource "aws_db_instance" "this" {
                  engine                 = "postgres"
                  vpc_security_group_ids = [aws_security_group.db[0].id]
                }
                """);
        Model m = Configs.load(dir);
        assertEquals(List.of("aws_security_group.db[?]"),
                Fixtures.related(m, "db_instance", "aws_db_instance.this", "security_group"));
        assertTrue(Fixtures.unknownRelation(m, "db_instance", "aws_db_instance.this", "security_group")
                .contains("how many instances aws_security_group.db has is not known"));
        assertNull(m.table("db_instance").existenceUnknown(m.table("db_instance").find("aws_db_instance.this").orElseThrow()));
    }

    @Test
    void whatItAddsToOtherEntitiesIsOnlyPossible(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "associate" {
                  type = bool
                }
                resource "aws_vpc" "v" {
                  cidr_block = "10.0.0.0/16"
                }
                resource "aws_subnet" "a" {
                  vpc_id            = aws_vpc.v.id
                  availability_zone = "us-east-1a"
                }
                resource "aws_route_table" "public" {
                  vpc_id = aws_vpc.v.id
                }
                resource "aws_route_table_association" "a" {
                  count          = var.associate ? 1 : 0
                  subnet_id      = aws_subnet.a.id
                  route_table_id = aws_route_table.public.id
                }
                """);
        Model m = Configs.load(dir);
        assertEquals(List.of("aws_route_table.public"), Fixtures.related(m, "subnet", "aws_subnet.a", "route_table"));
        String why = Fixtures.unknownRelation(m, "subnet", "aws_subnet.a", "route_table");
        assertTrue(why.startsWith("route_table of subnet aws_subnet.a is set by aws_route_table_association.a[?], which"
                + " may not exist: how many instances aws_route_table_association.a has is not known"), why);
        Model known = Configs.load(dir, Map.of("associate", "true"));
        assertNull(Fixtures.unknownRelation(known, "subnet", "aws_subnet.a", "route_table"));
    }

    @Test
    void aModuleOfUnknownCountMakesEntitiesThatMayNotExist(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "enabled" {
                  type = bool
                }
                module "db" {
                  source = "./db"
                  count  = var.enabled ? 1 : 0
                  name   = "main"
                }
                """, "db/main.tf", """
                variable "name" {}
                resource "aws_db_instance" "this" {
                  identifier = var.name
                  engine     = "mysql"
                }
                resource "aws_s3_bucket" "logs" {
                  count  = 2
                  bucket = "${var.name}-logs-${count.index}"
                }
                """);
        Model m = Configs.load(dir);
        String why = existence(m, "db_instance", "module.db[?].aws_db_instance.this");
        assertTrue(why.startsWith("how many instances module.db has is not known: the condition at " + dir
                + "/main.tf:6:12 is not known: var.enabled has no value"), why);
        assertEquals(why, existence(m, "bucket", "module.db[?].aws_s3_bucket.logs[1]"));
        assertEquals("main-logs-1", Fixtures.attribute(m, "bucket", "module.db[?].aws_s3_bucket.logs[1]", "name")
                .orElseThrow().display());
        assertEquals(Verdict.UNKNOWN, Invar.compile("every bucket has versioning == true").evaluate(m).results().get(0)
                .verdict());
    }

    @Test
    void aForEachOverAnUnknownMapIsOneEntity(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                variable "buckets" {
                  type = map(object({ versioned = bool }))
                }
                resource "aws_s3_bucket" "b" {
                  for_each = var.buckets
                  bucket   = each.key
                }
                resource "aws_s3_bucket" "c" {
                  for_each = { for k, v in var.buckets : k => v if v.versioned }
                  bucket   = each.key
                }
                """);
        Model m = Configs.load(dir);
        assertTrue(existence(m, "bucket", "aws_s3_bucket.b[?]").contains("var.buckets has no value"));
        assertTrue(existence(m, "bucket", "aws_s3_bucket.c[?]").contains("var.buckets has no value"));
    }

    @Test
    void aCountThatIsAStringIsStillAnError(@TempDir Path dir) {
        Configs.write(dir, "main.tf", """
                resource "aws_s3_bucket" "b" {
                  count  = "two"
                  bucket = "b"
                }
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Configs.load(dir));
        assertTrue(e.getMessage().startsWith(dir + "/main.tf:2:12: error: the count of aws_s3_bucket.b must be a whole"
                + " number of at least 0, not \"two\""), e.getMessage());
    }
}

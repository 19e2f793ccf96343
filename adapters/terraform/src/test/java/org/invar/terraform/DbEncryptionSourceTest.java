package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.invar.model.Model;
import org.invar.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read replica or a snapshot's restore that does not set {@code storage_encrypted} is encrypted
 * as its source is: unknown, not the provider's default false (which would fail an encryption rule
 * on a database that may well be encrypted).
 */
class DbEncryptionSourceTest {
    @Test
    void aReplicaAndARestoreTakeTheirEncryptionFromTheirSource(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                resource "aws_db_instance" "primary" {
                  identifier        = "primary"
                  engine            = "postgres"
                  instance_class    = "db.t3.micro"
                  storage_encrypted = true
                }

                resource "aws_db_instance" "replica" {
                  identifier          = "replica"
                  instance_class      = "db.t3.micro"
                  replicate_source_db = aws_db_instance.primary.identifier
                }

                resource "aws_db_instance" "restored" {
                  identifier          = "restored"
                  instance_class      = "db.t3.micro"
                  snapshot_identifier = "nightly"
                }

                resource "aws_db_instance" "plain" {
                  identifier     = "plain"
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                }
                """);
        Model m = Configs.load(dir);
        assertEquals(Value.of(true), Fixtures.attribute(m, "db_instance", "aws_db_instance.primary", "storage_encrypted").orElseThrow());
        for (String source : new String[] {"aws_db_instance.replica", "aws_db_instance.restored"}) {
            Value v = Fixtures.attribute(m, "db_instance", source, "storage_encrypted").orElseThrow();
            assertTrue(v instanceof Value.Unknown u && u.reason().contains("takes its encryption from its source"),
                    source + ": " + v);
        }
        assertEquals(Value.of(false), Fixtures.attribute(m, "db_instance", "aws_db_instance.plain", "storage_encrypted").orElseThrow(),
                "an instance of its own takes the provider's default");
    }
}

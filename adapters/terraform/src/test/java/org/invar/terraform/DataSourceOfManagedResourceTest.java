package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.invar.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data source whose arguments name one managed resource of the configuration is that resource
 * (see {@code ManagedByReference}): no second subnet, VPC or security group whose zone, VPC or
 * routes are unknown. When the arguments may name something else, it stays an entity of its own.
 */
class DataSourceOfManagedResourceTest {
    private static final String NETWORK = """
            provider "aws" {
              region = "eu-west-1"
            }
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }
            resource "aws_subnet" "a" {
              vpc_id            = aws_vpc.main.id
              cidr_block        = "10.0.1.0/24"
              availability_zone = "eu-west-1a"
            }
            resource "aws_subnet" "b" {
              vpc_id            = aws_vpc.main.id
              cidr_block        = "10.0.2.0/24"
              availability_zone = "eu-west-1b"
            }
            resource "aws_security_group" "web" {
              vpc_id = aws_vpc.main.id
            }
            """;

    @TempDir
    Path dir;

    @Test
    void byIdIsTheManagedResource() {
        Model m = Configs.load(Configs.write(dir, "main.tf", NETWORK + """
                data "aws_subnet" "first" {
                  id = element([aws_subnet.a.id, aws_subnet.b.id], 0)
                }
                data "aws_vpc" "main" {
                  id = aws_vpc.main.id
                }
                data "aws_security_group" "web" {
                  id = aws_security_group.web.id
                }
                resource "aws_instance" "app" {
                  ami           = "ami-12345678"
                  instance_type = "t3.micro"
                  subnet_id     = data.aws_subnet.first.id
                }
                resource "aws_lb" "web" {
                  subnets         = [aws_subnet.a.id, aws_subnet.b.id]
                  security_groups = [data.aws_security_group.web.id]
                }
                """));
        assertEquals(List.of("aws_subnet.a", "aws_subnet.b"), m.table("subnet").ids());
        assertEquals(List.of("aws_vpc.main"), m.table("vpc").ids());
        assertEquals(List.of("aws_security_group.web"), m.table("security_group").ids());
        assertEquals(List.of("aws_subnet.a"), Fixtures.related(m, "instance", "aws_instance.app", "subnet"));
        assertEquals(List.of("eu-west-1a"), Fixtures.related(m, "instance", "aws_instance.app", "az"));
        assertEquals(List.of("aws_security_group.web"), Fixtures.related(m, "load_balancer", "aws_lb.web",
                "security_group"));
    }

    @Test
    void byAnIdFilterIsTheManagedResource() {
        Model m = Configs.load(Configs.write(dir, "main.tf", NETWORK + """
                data "aws_subnet" "b" {
                  filter {
                    name   = "subnet-id"
                    values = [aws_subnet.b.id]
                  }
                }
                resource "aws_lb" "web" {
                  subnets = [aws_subnet.a.id, data.aws_subnet.b.id]
                }
                """));
        assertEquals(List.of("aws_subnet.a", "aws_subnet.b"), m.table("subnet").ids());
        assertEquals(List.of("aws_subnet.a", "aws_subnet.b"), Fixtures.related(m, "load_balancer", "aws_lb.web", "subnet"));
    }

    @Test
    void whatMayNameSomethingElseStaysItsOwn() {
        Model m = Configs.load(Configs.write(dir, "main.tf", NETWORK + """
                variable "pick_b" {
                  type = bool
                }
                variable "existing" {
                  type = string
                }
                data "aws_subnet" "either" {
                  id = var.pick_b ? aws_subnet.b.id : aws_subnet.a.id
                }
                data "aws_subnet" "existing" {
                  id = var.existing
                }
                data "aws_subnet" "by_name" {
                  filter {
                    name   = "tag:Name"
                    values = [aws_subnet.a.id]
                  }
                }
                """));
        assertEquals(List.of("aws_subnet.a", "aws_subnet.b", "data.aws_subnet.by_name", "data.aws_subnet.either",
                "data.aws_subnet.existing"), m.table("subnet").ids().stream().sorted().toList());
    }
}

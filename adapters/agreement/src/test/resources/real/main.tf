terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region = "us-east-1"
  access_key = "test"
  secret_key = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "s0" {
  vpc_id = aws_vpc.main.id
  availability_zone = "us-east-1a"
  cidr_block = "10.0.0.0/24"
  map_public_ip_on_launch = true
  tags = { Name = "public-0" }
}
# No availability_zone: AWS picks the zone, and the plan knows it only after apply.
resource "aws_subnet" "s1" {
  vpc_id = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
  map_public_ip_on_launch = false
  tags = { Name = "private-1" }
}
resource "aws_subnet" "s2" {
  vpc_id = aws_vpc.main.id
  availability_zone = "us-east-1b"
  cidr_block = "10.0.2.0/24"
  map_public_ip_on_launch = false
  tags = { Name = "public-2" }
}
resource "aws_internet_gateway" "igw" { vpc_id = aws_vpc.main.id }
resource "aws_eip" "nat0" { domain = "vpc" }
resource "aws_nat_gateway" "nat0" {
  allocation_id = aws_eip.nat0.id
  subnet_id = aws_subnet.s0.id
}
resource "aws_route_table" "rt0" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }
}
resource "aws_route_table_association" "rt0_s0" {
  subnet_id = aws_subnet.s0.id
  route_table_id = aws_route_table.rt0.id
}
resource "aws_route_table_association" "rt0_s2" {
  subnet_id = aws_subnet.s2.id
  route_table_id = aws_route_table.rt0.id
}
resource "aws_route_table" "rt1" { vpc_id = aws_vpc.main.id }
resource "aws_route" "rt1_default" {
  route_table_id = aws_route_table.rt1.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id = aws_nat_gateway.nat0.id
}
resource "aws_route_table_association" "rt1_s1" {
  subnet_id = aws_subnet.s1.id
  route_table_id = aws_route_table.rt1.id
}
resource "aws_security_group" "g0" {
  name = "group-0"
  description = "group 0"
  vpc_id = aws_vpc.main.id
  ingress {
    protocol = "tcp"
    from_port = 443
    to_port = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    protocol = "-1"
    from_port = 0
    to_port = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_security_group" "g1" {
  name = "group-1"
  description = "group 1"
  vpc_id = aws_vpc.main.id
}
resource "aws_vpc_security_group_ingress_rule" "g1_ingress0" {
  security_group_id = aws_security_group.g1.id
  ip_protocol = "tcp"
  from_port = 8080
  to_port = 8080
  referenced_security_group_id = aws_security_group.g0.id
}
resource "aws_vpc_security_group_ingress_rule" "g1_ingress1" {
  security_group_id = aws_security_group.g1.id
  ip_protocol = "-1"
  cidr_ipv4 = "10.0.0.0/16"
}
resource "aws_vpc_security_group_egress_rule" "g1_egress0" {
  security_group_id = aws_security_group.g1.id
  ip_protocol = "-1"
  cidr_ipv4 = "0.0.0.0/0"
}
resource "aws_security_group" "g2" {
  name = "group-2"
  description = "group 2"
  vpc_id = aws_vpc.main.id
}
resource "aws_security_group_rule" "g2_ingress0" {
  type = "ingress"
  security_group_id = aws_security_group.g2.id
  protocol = "tcp"
  from_port = 5432
  to_port = 5432
  source_security_group_id = aws_security_group.g2.id
}
resource "aws_security_group_rule" "g2_egress0" {
  type = "egress"
  security_group_id = aws_security_group.g2.id
  protocol = "-1"
  from_port = 0
  to_port = 0
  cidr_blocks = ["0.0.0.0/0"]
}
resource "aws_lb" "lb" {
  name = "agreement-lb"
  load_balancer_type = "application"
  internal = false
  subnets = [aws_subnet.s0.id, aws_subnet.s2.id]
  security_groups = [aws_security_group.g0.id]
}
resource "aws_lb_target_group" "tg" {
  name = "agreement-targets"
  port = 8080
  protocol = "HTTP"
  target_type = "ip"
  vpc_id = aws_vpc.main.id
  health_check { path = "/health" }
}
resource "aws_lb_listener" "listener" {
  load_balancer_arn = aws_lb.lb.arn
  port = 80
  protocol = "HTTP"
  default_action {
    type = "forward"
    target_group_arn = aws_lb_target_group.tg.arn
  }
}
resource "aws_ecs_cluster" "main" { name = "agreement" }
resource "aws_ecs_service" "svc0" {
  name = "svc-0"
  cluster = aws_ecs_cluster.main.id
  task_definition = "web:1"
  desired_count = 2
  launch_type = "FARGATE"
  network_configuration {
    subnets = [aws_subnet.s1.id]
    security_groups = [aws_security_group.g1.id]
    assign_public_ip = false
  }
  load_balancer {
    target_group_arn = aws_lb_target_group.tg.arn
    container_name = "web"
    container_port = 8080
  }
}
resource "aws_ecs_service" "svc1" {
  name = "svc-1"
  cluster = aws_ecs_cluster.main.id
  task_definition = "web:1"
  desired_count = 0
  launch_type = "FARGATE"
  network_configuration {
    subnets = [aws_subnet.s0.id, aws_subnet.s2.id]
    assign_public_ip = true
  }
}
resource "aws_launch_template" "hosts" {
  name = "agreement-hosts"
  image_id = "ami-12345678"
  instance_type = "t3.micro"
}
resource "aws_autoscaling_group" "hosts" {
  name = "agreement-hosts"
  min_size = 1
  max_size = 3
  vpc_zone_identifier = [aws_subnet.s1.id]
  launch_template {
    id = aws_launch_template.hosts.id
    version = "$Latest"
  }
}
resource "aws_db_subnet_group" "db" {
  name = "agreement-db"
  subnet_ids = [aws_subnet.s1.id, aws_subnet.s2.id]
}
resource "aws_db_instance" "db" {
  identifier = "orders"
  engine = "postgres"
  instance_class = "db.t3.micro"
  allocated_storage = 20
  username = "orders"
  password = "placeholder-password"
  multi_az = true
  storage_encrypted = true
  deletion_protection = false
  publicly_accessible = false
  db_subnet_group_name = aws_db_subnet_group.db.name
  vpc_security_group_ids = [aws_security_group.g2.id]
  skip_final_snapshot = true
}
resource "aws_s3_bucket" "data" { bucket = "agreement-data" }
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" }
  }
}
resource "aws_s3_bucket_public_access_block" "data" {
  bucket = aws_s3_bucket.data.id
  block_public_acls = true
  block_public_policy = true
  ignore_public_acls = true
  restrict_public_buckets = false
}

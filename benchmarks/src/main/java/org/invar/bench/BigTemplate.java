package org.invar.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large CloudFormation template for the comparison with cfn-guard: application stacks of
 * 13 resources (a VPC, two subnets in two zones, a route table with a default route to an internet
 * gateway and its associations, a security group, an ALB, a listener, a target group, an ECS
 * cluster and service, a bucket), about 230 bytes a resource.
 * {@code java -cp benchmarks.jar org.invar.bench.BigTemplate OUT.yml STACKS}.
 */
public final class BigTemplate {
    private BigTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int stacks = Integer.parseInt(args[1]);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n");
            for (int i = 0; i < stacks; i++) {
                stack(w, i);
            }
        }
    }

    private static void stack(BufferedWriter w, int i) throws IOException {
        String s = Integer.toString(i);
        w.write("""
                  Vpc%1$s:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                  Igw%1$s:
                    Type: AWS::EC2::InternetGateway
                  Routes%1$s:
                    Type: AWS::EC2::RouteTable
                    Properties: {VpcId: !Ref Vpc%1$s}
                  Default%1$s:
                    Type: AWS::EC2::Route
                    Properties: {RouteTableId: !Ref Routes%1$s, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw%1$s}
                  SubnetA%1$s:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: !Ref Vpc%1$s, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs '']}
                  SubnetB%1$s:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: !Ref Vpc%1$s, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [1, !GetAZs '']}
                  AssocA%1$s:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties: {SubnetId: !Ref SubnetA%1$s, RouteTableId: !Ref Routes%1$s}
                  Sg%1$s:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: web
                      VpcId: !Ref Vpc%1$s
                      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}]
                  Lb%1$s:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties: {Subnets: [!Ref SubnetA%1$s, !Ref SubnetB%1$s], SecurityGroups: [!Ref Sg%1$s]}
                  Tg%1$s:
                    Type: AWS::ElasticLoadBalancingV2::TargetGroup
                    Properties: {VpcId: !Ref Vpc%1$s, Port: 8080, Protocol: HTTP, TargetType: ip}
                  Listener%1$s:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      LoadBalancerArn: !Ref Lb%1$s
                      Port: 443
                      Protocol: HTTPS
                      DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg%1$s}]
                  Service%1$s:
                    Type: AWS::ECS::Service
                    Properties:
                      DesiredCount: %2$d
                      LaunchType: FARGATE
                      NetworkConfiguration: {AwsvpcConfiguration: {Subnets: [!Ref SubnetA%1$s, !Ref SubnetB%1$s]}}
                      LoadBalancers: [{ContainerName: web, ContainerPort: 8080, TargetGroupArn: !Ref Tg%1$s}]
                  Bucket%1$s:
                    Type: AWS::S3::Bucket
                """.formatted(s, i % 100 == 42 ? 1 : 2));
    }
}

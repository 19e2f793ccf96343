package org.invar.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large CloudFormation template for the comparison with cfn-guard: application stacks of
 * 17 resources (a VPC, two subnets in two zones, a route table with a default route to an internet
 * gateway and its association, a security group for the ALB and one for the service, an ALB, a
 * listener, a target group, an ECS cluster, task definition and service, an auto scaling group, a
 * bucket, versioned in every tenth stack), about 3.6 KB a stack in YAML (3,000 stacks, 51,000
 * resources: 11 MB). A name ending in {@code .json} gets the same resources in JSON, pretty-printed as
 * {@code cdk synth} writes it (short-form tags become {@code {"Ref": ...}}), about 1.9 times the
 * bytes. {@code java -cp benchmarks.jar org.invar.bench.BigTemplate OUT.yml|OUT.json STACKS}.
 */
public final class BigTemplate {
    private BigTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int stacks = Integer.parseInt(args[1]);
        if (out.getFileName().toString().endsWith(".json")) {
            writeJson(out, stacks);
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n");
            for (int i = 0; i < stacks; i++) {
                stack(w, i);
            }
        }
    }

    private static void writeJson(Path out, int stacks) throws IOException {
        JsonFactory factory = new JsonFactory();
        try (JsonGenerator g = factory.createGenerator(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("AWSTemplateFormatVersion", "2010-09-09");
            g.writeObjectFieldStart("Resources");
            for (int i = 0; i < stacks; i++) {
                try (JsonParser p = factory.createParser(jsonStack(i))) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        g.writeFieldName(p.currentName());
                        p.nextToken();
                        g.copyCurrentStructure(p);
                    }
                }
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** One stack's resources as a compact JSON object, copied member by member into the template. */
    private static String jsonStack(int i) {
        return """
                {
                  "Vpc%1$s": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
                  "Igw%1$s": {"Type": "AWS::EC2::InternetGateway"},
                  "Routes%1$s": {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": {"Ref": "Vpc%1$s"}}},
                  "Default%1$s": {"Type": "AWS::EC2::Route", "Properties": {"RouteTableId": {"Ref": "Routes%1$s"}, "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": {"Ref": "Igw%1$s"}}},
                  "SubnetA%1$s": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc%1$s"}, "CidrBlock": "10.0.0.0/24", "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}}},
                  "SubnetB%1$s": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc%1$s"}, "CidrBlock": "10.0.1.0/24", "AvailabilityZone": {"Fn::Select": [1, {"Fn::GetAZs": ""}]}}},
                  "AssocA%1$s": {"Type": "AWS::EC2::SubnetRouteTableAssociation", "Properties": {"SubnetId": {"Ref": "SubnetA%1$s"}, "RouteTableId": {"Ref": "Routes%1$s"}}},
                  "Sg%1$s": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "web", "VpcId": {"Ref": "Vpc%1$s"}, "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"}]}},
                  "Lb%1$s": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {"Subnets": [{"Ref": "SubnetA%1$s"}, {"Ref": "SubnetB%1$s"}], "SecurityGroups": [{"Ref": "Sg%1$s"}]}},
                  "Tg%1$s": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {"VpcId": {"Ref": "Vpc%1$s"}, "Port": 8080, "Protocol": "HTTP", "TargetType": "ip"}},
                  "Listener%1$s": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {"LoadBalancerArn": {"Ref": "Lb%1$s"}, "Port": 443, "Protocol": "HTTPS", "DefaultActions": [{"Type": "forward", "TargetGroupArn": {"Ref": "Tg%1$s"}}]}},
                  "AppSg%1$s": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "app", "VpcId": {"Ref": "Vpc%1$s"}, "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 8080, "ToPort": 8080, "SourceSecurityGroupId": {"Ref": "Sg%1$s"}}]}},
                  "Cluster%1$s": {"Type": "AWS::ECS::Cluster", "Properties": {"ClusterName": {"Fn::Sub": "app-%1$s-${AWS::StackName}"}}},
                  "Task%1$s": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"Family": "web-%1$s", "Cpu": "256", "Memory": "512", "NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"], "ContainerDefinitions": [{"Name": "web", "Image": "public.ecr.aws/nginx/nginx:1.27", "Essential": true, "PortMappings": [{"ContainerPort": 8080, "Protocol": "tcp"}], "Environment": [{"Name": "STAGE", "Value": "prod"}, {"Name": "BUCKET", "Value": {"Ref": "Bucket%1$s"}}]}]}},
                  "Service%1$s": {"Type": "AWS::ECS::Service", "DependsOn": "Listener%1$s", "Properties": {"Cluster": {"Ref": "Cluster%1$s"}, "TaskDefinition": {"Ref": "Task%1$s"}, "DesiredCount": %2$d, "LaunchType": "FARGATE", "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": [{"Ref": "SubnetA%1$s"}, {"Ref": "SubnetB%1$s"}], "SecurityGroups": [{"Ref": "AppSg%1$s"}]}}, "LoadBalancers": [{"ContainerName": "web", "ContainerPort": 8080, "TargetGroupArn": {"Ref": "Tg%1$s"}}]}},
                  "Asg%1$s": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {"MinSize": "2", "MaxSize": "4", "DesiredCapacity": "2", "VPCZoneIdentifier": [{"Ref": "SubnetA%1$s"}, {"Ref": "SubnetB%1$s"}], "LaunchTemplate": {"LaunchTemplateId": "lt-0123456789abcdef0", "Version": "1"}, "TargetGroupARNs": [{"Ref": "Tg%1$s"}], "Tags": [{"Key": "Name", "Value": "workers-%1$s", "PropagateAtLaunch": true}]}},
                  "Bucket%1$s": {"Type": "AWS::S3::Bucket"%3$s}
                }""".formatted(Integer.toString(i), desiredCount(i),
                versioned(i) ? ", \"Properties\": {\"VersioningConfiguration\": {\"Status\": \"Enabled\"}}" : "");
    }

    /** Every tenth bucket keeps versions, so a check of versioning has both verdicts to give. */
    private static boolean versioned(int i) {
        return i % 10 == 0;
    }

    private static int desiredCount(int i) {
        return i % 100 == 42 ? 1 : 2;
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
                  AppSg%1$s:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: app
                      VpcId: !Ref Vpc%1$s
                      SecurityGroupIngress:
                        - IpProtocol: tcp
                          FromPort: 8080
                          ToPort: 8080
                          SourceSecurityGroupId: !Ref Sg%1$s
                  Cluster%1$s:
                    Type: AWS::ECS::Cluster
                    Properties:
                      ClusterName: !Sub 'app-%1$s-${AWS::StackName}'
                  Task%1$s:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      Family: web-%1$s
                      Cpu: '256'
                      Memory: '512'
                      NetworkMode: awsvpc
                      RequiresCompatibilities: [FARGATE]
                      ContainerDefinitions:
                        - Name: web
                          Image: public.ecr.aws/nginx/nginx:1.27
                          Essential: true
                          PortMappings:
                            - ContainerPort: 8080
                              Protocol: tcp
                          Environment:
                            - Name: STAGE
                              Value: prod
                            - Name: BUCKET
                              Value: !Ref Bucket%1$s
                  Service%1$s:
                    Type: AWS::ECS::Service
                    DependsOn: Listener%1$s
                    Properties:
                      Cluster: !Ref Cluster%1$s
                      TaskDefinition: !Ref Task%1$s
                      DesiredCount: %2$d
                      LaunchType: FARGATE
                      NetworkConfiguration:
                        AwsvpcConfiguration:
                          Subnets: [!Ref SubnetA%1$s, !Ref SubnetB%1$s]
                          SecurityGroups: [!Ref AppSg%1$s]
                      LoadBalancers:
                        - ContainerName: web
                          ContainerPort: 8080
                          TargetGroupArn: !Ref Tg%1$s
                  Asg%1$s:
                    Type: AWS::AutoScaling::AutoScalingGroup
                    Properties:
                      MinSize: '2'
                      MaxSize: '4'
                      DesiredCapacity: '2'
                      VPCZoneIdentifier: [!Ref SubnetA%1$s, !Ref SubnetB%1$s]
                      LaunchTemplate:
                        LaunchTemplateId: lt-0123456789abcdef0
                        Version: '1'
                      TargetGroupARNs: [!Ref Tg%1$s]
                      Tags:
                        - Key: Name
                          Value: workers-%1$s
                          PropagateAtLaunch: true
                  Bucket%1$s:
                    Type: AWS::S3::Bucket
                """.formatted(s, desiredCount(i)));
        if (versioned(i)) {
            w.write("    Properties: {VersioningConfiguration: {Status: Enabled}}\n");
        }
    }
}

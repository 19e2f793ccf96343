#!/usr/bin/env python3
"""The few AWS read calls Terraform makes while planning the corpus examples, answered on
127.0.0.1 so a plan can be made with no AWS account and no network: EC2 DescribeAvailabilityZones,
STS GetCallerIdentity and SSM GetParameter, in the shapes AWS answers them. Any other call is a
400 error that names it, so a configuration that needs more fails loudly instead of planning
with a made-up answer.

    fake_aws.py REGION PORT_FILE     # serves until killed; writes the port it listens on to PORT_FILE
"""
import json
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REGION = sys.argv[1]
ACCOUNT = "123456789012"
ZONE_IDS = {"us-east-1": "use1", "eu-west-1": "euw1", "us-west-2": "usw2"}


def zones():
    prefix = ZONE_IDS.get(REGION, REGION.replace("-", "")[:4])
    items = "".join(
        "<item><zoneName>%s%s</zoneName><zoneState>available</zoneState><regionName>%s</regionName>"
        "<zoneId>%s-az%d</zoneId><zoneType>availability-zone</zoneType>"
        "<optInStatus>opt-in-not-required</optInStatus><groupName>%s</groupName>"
        "<networkBorderGroup>%s</networkBorderGroup><messageSet/></item>"
        % (REGION, letter, REGION, prefix, i + 1, REGION, REGION)
        for i, letter in enumerate("abc"))
    return ('<DescribeAvailabilityZonesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">'
            "<requestId>invar-offline</requestId><availabilityZoneInfo>%s</availabilityZoneInfo>"
            "</DescribeAvailabilityZonesResponse>" % items)


def caller_identity():
    return ('<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">'
            "<GetCallerIdentityResult><Arn>arn:aws:iam::%s:user/invar-offline</Arn>"
            "<UserId>AIDAINVAROFFLINE</UserId><Account>%s</Account></GetCallerIdentityResult>"
            "<ResponseMetadata><RequestId>invar-offline</RequestId></ResponseMetadata>"
            "</GetCallerIdentityResponse>" % (ACCOUNT, ACCOUNT))


def parameter(name):
    return json.dumps({"Parameter": {
        "Name": name, "Type": "String", "Value": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
        "Version": 1, "DataType": "text", "LastModifiedDate": 1700000000.0,
        "ARN": "arn:aws:ssm:%s:%s:parameter%s" % (REGION, ACCOUNT, name)}})


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        target = self.headers.get("X-Amz-Target", "")
        if target == "AmazonSSM.GetParameter":
            return self.answer(200, "application/x-amz-json-1.1", parameter(json.loads(body)["Name"]))
        action = urllib.parse.parse_qs(body).get("Action", [""])[0]
        if action == "DescribeAvailabilityZones":
            return self.answer(200, "text/xml", zones())
        if action == "GetCallerIdentity":
            return self.answer(200, "text/xml", caller_identity())
        self.answer(400, "text/xml", "<Response><Errors><Error><Code>InvalidAction</Code><Message>"
                    "not answered offline: %s</Message></Error></Errors></Response>" % (target or action))

    def answer(self, status, kind, text):
        data = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[2], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()

#!/usr/bin/env python3
"""Records moto's answers for an organisation scan into src/test/resources/aws/organization/.

Starts moto_server (moto 5.2.1) on a free port of 127.0.0.1, makes an organisation whose
management account is moto's default 123456789012 with three member accounts (prod, staging,
retired), closes the last one (SUSPENDED), and records the raw answers of the calls an
`aws:organization,role=invar-read` scan makes before it scans each account:

  organizations/ListAccounts.json, ListAccounts.<token>.json   two accounts a page
  sts/AssumeRole.<account id>.xml                                 role invar-read of each account
  sts/GetCallerIdentity.<account id>.xml                          with that role's credentials

Each AssumeRole answer's Expiration is moved to 2099-01-01 so the replay stays valid after the
hour moto gives; nothing else is changed. moto does not enforce trust policies: the test makes one account's AssumeRole fail by fault
injection (FakeAws.denyRole). Run from this directory: python3 record_organization.py
"""
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request

import boto3

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "aws", "organization")
ROLE = "invar-read"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def record(client, path_of):
    """Saves each raw answer of the client to the file path_of(operation, params) names."""
    pending = {}

    def before(params, model, **kwargs):
        pending["name"] = path_of(model.name, params)

    def after(http_response, model, **kwargs):
        name = pending.pop("name", None)
        if name:
            target = os.path.join(OUT, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            text = re.sub(r"<Expiration>[^<]+</Expiration>", "<Expiration>2099-01-01T00:00:00Z</Expiration>",
                          http_response.text)
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)

    client.meta.events.register("before-parameter-build", before)
    client.meta.events.register("after-call", after)


def main():
    port = free_port()
    server = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/moto-api/")
                break
            except OSError:
                time.sleep(0.1)
        env = dict(endpoint_url=url, region_name="us-east-1", aws_access_key_id="testing",
                   aws_secret_access_key="testing")
        org = boto3.client("organizations", **env)
        org.create_organization(FeatureSet="ALL")
        ids = {}
        for name in ("prod", "staging", "retired"):
            status = org.create_account(AccountName=name, Email=f"{name}@example.com")["CreateAccountStatus"]
            ids[name] = status["AccountId"]
        org.close_account(AccountId=ids["retired"])

        def listing(op, body):
            token = body.get("NextToken")
            return f"organizations/{op}.{token}.json" if token else f"organizations/{op}.json"
        record(org, listing)
        pages = org.get_paginator("list_accounts").paginate(PaginationConfig={"PageSize": 2})
        accounts = [a for page in pages for a in page["Accounts"]]

        sts = boto3.client("sts", **env)
        record(sts, lambda op, body: f"sts/{op}.{body['RoleArn'].split(':')[4]}.xml")
        for a in accounts:
            if a["Status"] != "ACTIVE":
                continue
            arn = f"arn:aws:iam::{a['Id']}:role/{ROLE}"
            creds = sts.assume_role(RoleArn=arn, RoleSessionName="invar-scan")["Credentials"]
            assumed = boto3.client("sts", endpoint_url=url, region_name="us-east-1",
                                   aws_access_key_id=creds["AccessKeyId"],
                                   aws_secret_access_key=creds["SecretAccessKey"],
                                   aws_session_token=creds["SessionToken"])
            record(assumed, lambda op, body, id=a["Id"]: f"sts/{op}.{id}.xml")
            assumed.get_caller_identity()
        json.dump({a["Name"]: {"Id": a["Id"], "Status": a["Status"]} for a in accounts}, sys.stdout, indent=2)
        print()
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()

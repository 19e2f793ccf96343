#!/bin/sh
# Makes the plan JSON of a Terraform root module offline, as `terraform show -json` writes it:
#   plan.sh ROOT_DIR REGION OUTPUT.json
# Needs terraform (1.11 was used) and the AWS provider in a local plugin directory
# (PLUGIN_DIR, default /opt/tf-plugins). The registry modules must already be installed in
# ROOT_DIR/.terraform/modules (with modules.json), as terraform init leaves them; init then
# reuses them and downloads nothing. The provider gets fake credentials and its EC2, STS and
# SSM endpoints on fake_aws.py, which answers the reads planning makes (zones, caller identity,
# SSM parameters); the plan does not refresh, so nothing else is asked of AWS.
set -eu
root=$1
region=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)
plugins=${PLUGIN_DIR:-/opt/tf-plugins}
portfile=$(mktemp)
rm -f "$portfile"
python3 "$here/fake_aws.py" "$region" "$portfile" &
fake=$!
trap 'kill $fake 2>/dev/null || true; rm -f "$portfile"' EXIT
i=0
while [ ! -s "$portfile" ]; do
  i=$((i + 1))
  [ $i -lt 100 ] || { echo "plan.sh: fake_aws.py did not start" >&2; exit 1; }
  sleep 0.1
done
endpoint="http://127.0.0.1:$(cat "$portfile")"
cat > "$root/invar_offline_override.tf" <<TF
provider "aws" {
  region                      = "$region"
  access_key                  = "offline"
  secret_key                  = "offline"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  endpoints {
    ec2 = "$endpoint"
    sts = "$endpoint"
    ssm = "$endpoint"
  }
}
TF
cd "$root"
terraform init -input=false -plugin-dir="$plugins" >/dev/null
terraform plan -input=false -refresh=false -lock=false -out=invar-offline.plan >/dev/null
terraform show -json invar-offline.plan > "$out"
rm -f invar-offline.plan invar_offline_override.tf

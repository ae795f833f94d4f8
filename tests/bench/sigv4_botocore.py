#!/usr/bin/env python3
"""Times botocore's SigV4Auth on the request bench_sigv4 signs (CreateDatasetImportJob).

Usage: sigv4_botocore.py [runs] [signatures per run]
Prints `botocore SigV4Auth signature of CreateDatasetImportJob: median µs (min–max, n runs)`,
each run giving the mean CPU time of one signature (as bench_sigv4 measures its own). Exits
with status 3 without botocore.
"""

import datetime
import statistics
import sys
import time
import types

try:
    import botocore.auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
except ImportError as error:
    print(f"botocore is not available: {error}", file=sys.stderr)
    sys.exit(3)

BODY = (
    b'{"jobName":"interactions-2024-05-01","datasetArn":"arn:aws:personalize:us-east-1:'
    b'123456789012:dataset/retail-shop/INTERACTIONS","dataSource":{"dataLocation":'
    b'"s3://retail-shop-imports/interactions/2024-05-01/"},"roleArn":"arn:aws:iam::'
    b'123456789012:role/PersonalizeS3Access","importMode":"INCREMENTAL",'
    b'"publishAttributionMetricsToS3":false}'
)
SIGNING_TIME = datetime.datetime(2024, 5, 1, 8, 30, 15)


class FixedClock(datetime.datetime):
    """datetime whose utcnow() is the signing time bench_sigv4 uses."""

    @classmethod
    def utcnow(cls):
        return SIGNING_TIME


botocore.auth.datetime = types.SimpleNamespace(datetime=FixedClock)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 31
    per_run = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    request = AWSRequest(method="POST", url="https://personalize.us-east-1.amazonaws.com/",
                         data=BODY)
    request.headers["Host"] = "personalize.us-east-1.amazonaws.com"
    request.headers["Content-Type"] = "application/x-amz-json-1.1"
    request.headers["X-Amz-Target"] = "AmazonPersonalize.CreateDatasetImportJob"
    request.headers["amz-sdk-invocation-id"] = "3f1c2a7e-9b4d-4e0a-8c5f-2d6b7a1e9f03"
    request.headers["amz-sdk-request"] = "attempt=1; max=3"
    credentials = Credentials("ASIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                              "IQoJb3JpZ2luX2VjEXAMPLETOKEN" * 12)
    signer = botocore.auth.SigV4Auth(credentials, "personalize", "us-east-1")

    # Signing the same request again replaces the earlier signature, as botocore's retries do.
    for _ in range(per_run):
        signer.add_auth(request)
    per_call = []
    for _ in range(runs):
        start = time.process_time()
        for _ in range(per_run):
            signer.add_auth(request)
        per_call.append((time.process_time() - start) / per_run * 1e6)
    print(f"botocore SigV4Auth signature of CreateDatasetImportJob: "
          f"{statistics.median(per_call):.2f} µs "
          f"({min(per_call):.2f}–{max(per_call):.2f}, {runs} runs)")


if __name__ == "__main__":
    main()

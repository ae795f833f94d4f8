#!/usr/bin/env python3
"""Signs requests with botocore's SigV4Auth for tst_sigv4_botocore.

Reads one JSON array on stdin; each item has method, url, headers ([[name, value], ...]),
body_base64, access_key, secret_key, token (may be empty), region, service, timestamp
(YYYYMMDDTHHMMSSZ), s3 (true: signed as botocore signs S3 requests, with S3SigV4Auth).
Writes one JSON line per item: {"index", "authorization",
"canonical_request"}. Exits with status 3 when botocore cannot be imported.
Credentials come over stdin only, never on the command line.
"""

import base64
import datetime
import json
import sys
import types

try:
    import botocore
    import botocore.auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
except ImportError as error:
    print(f"botocore is not available: {error}", file=sys.stderr)
    sys.exit(3)


class FixedClock(datetime.datetime):
    """datetime whose utcnow() is the signing time of the request being signed."""

    now = None

    @classmethod
    def utcnow(cls):
        return cls.now


# SigV4Auth.add_auth reads the clock through the datetime module it imported.
botocore.auth.datetime = types.SimpleNamespace(datetime=FixedClock)


def sign(item):
    FixedClock.now = datetime.datetime.strptime(item["timestamp"], "%Y%m%dT%H%M%SZ")
    request = AWSRequest(
        method=item["method"],
        url=item["url"],
        data=base64.b64decode(item["body_base64"]),
    )
    for name, value in item["headers"]:
        # HTTPHeaders appends on assignment, so repeated headers stay repeated and ordered.
        request.headers[name] = value
    credentials = Credentials(item["access_key"], item["secret_key"], item["token"] or None)
    auth = botocore.auth.S3SigV4Auth if item.get("s3") else botocore.auth.SigV4Auth
    signer = auth(credentials, item["service"], item["region"])
    signer.add_auth(request)
    authorization = request.headers["Authorization"]
    # Recompute the canonical request as it was signed, i.e. without the Authorization header.
    del request.headers["Authorization"]
    return {
        "authorization": authorization,
        "canonical_request": signer.canonical_request(request),
    }


def main():
    items = json.load(sys.stdin)
    for index, item in enumerate(items):
        result = sign(item)
        result["index"] = index
        print(json.dumps(result), flush=False)
    print(json.dumps({"done": len(items), "botocore": botocore.__version__}))


if __name__ == "__main__":
    main()

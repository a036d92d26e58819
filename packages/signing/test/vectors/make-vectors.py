#!/usr/bin/env python3
"""Writes vectors.json: webhook signatures computed by openssl, independently of our code.

Run: python3 make-vectors.py > vectors.json   (needs openssl on PATH; not run in CI)
"""
import json, subprocess

def openssl_hmac(digest, secret, data, out):
    args = ["openssl", "dgst", f"-{digest}", "-hmac", secret, "-binary"]
    raw = subprocess.run(args, input=data.encode("utf-8"), capture_output=True, check=True).stdout
    if out == "base64":
        return subprocess.run(["openssl", "base64", "-A"], input=raw, capture_output=True, check=True).stdout.decode()
    return raw.hex()

TS, NOW = 1700000000, 1700000000 + 42
NONCE = "01FJA8B4A7BM43YGWSG9GBV067"
MSG = '{"app_id":"01EB37HMH1M6SV18ASNS3G135H","project_id":"5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e","accepted_time":"2023-11-14T22:13:20Z","message":{"id":"01H4","direction":"TO_APP","contact_message":{"text_message":{"text":"Hi"}}}}'
UNICODE = '{"app_id":"a","project_id":"p","message":{"contact_message":{"text_message":{"text":"héllo 👋 ключ"}}}}'
DELIVERY = '{"app_id":"a","project_id":"p","message_delivery_report":{"message_id":"01H4","status":"DELIVERED"}}'

def conv(name, body, secret, expect, sign_secret=None, nonce=NONCE, ts=TS, now=NOW, tamper=None, **extra):
    sig = openssl_hmac("sha256", sign_secret or (secret if isinstance(secret, str) else secret[-1]), f"{body}.{nonce}.{ts}", "base64")
    headers = {
        "x-sinch-webhook-signature": sig,
        "x-sinch-webhook-signature-timestamp": str(ts),
        "x-sinch-webhook-signature-nonce": nonce,
        "x-sinch-webhook-signature-algorithm": "HmacSHA256",
    }
    if tamper: tamper(headers)
    v = {"name": name, "scheme": "conversation", "secret": secret, "body": body, "headers": headers, "now": now, "expect": expect}
    v.update(extra)
    return v

def sinch(name, body, secret, expect, sign_secret=None, tamper=None, **extra):
    headers = {"x-sinch-signature": openssl_hmac("sha1", sign_secret or secret, body, "hex")}
    if tamper: tamper(headers)
    v = {"name": name, "scheme": "x-sinch-signature", "secret": secret, "body": body, "headers": headers, "now": NOW, "expect": expect}
    v.update(extra)
    return v

def set_(key, value):
    return lambda h: h.__setitem__(key, value)

def drop(key):
    return lambda h: h.pop(key)

SECRET = "conversation-webhook-secret"
HMAC = "d1c7ccbf-919d-462f-8587-dec95a1b11ee"
vectors = [
    conv("inbound message", MSG, SECRET, "valid"),
    conv("delivery report", DELIVERY, SECRET, "valid"),
    conv("UTF-8 body and secret", UNICODE, "sécret-ключ-🔑", "valid"),
    conv("second of two rotating secrets", MSG, ["old-secret", "new-secret"], "valid"),
    conv("header names in mixed case", MSG, SECRET, "valid", tamper=lambda h: h.update({k.title(): h.pop(k) for k in list(h)})),
    conv("timestamp exactly 300 s old", MSG, SECRET, "valid", now=TS + 300),
    conv("missing nonce header", MSG, SECRET, "missing_header", tamper=drop("x-sinch-webhook-signature-nonce")),
    conv("missing signature header", MSG, SECRET, "missing_header", tamper=drop("x-sinch-webhook-signature")),
    conv("missing timestamp header", MSG, SECRET, "missing_header", tamper=drop("x-sinch-webhook-signature-timestamp")),
    conv("missing algorithm header", MSG, SECRET, "missing_header", tamper=drop("x-sinch-webhook-signature-algorithm")),
    conv("signature is not base64", MSG, SECRET, "invalid_header", tamper=set_("x-sinch-webhook-signature", "not base64!")),
    conv("signature is base64 of the wrong length", MSG, SECRET, "invalid_header", tamper=set_("x-sinch-webhook-signature", "AAAA")),
    conv("timestamp in milliseconds-with-fraction form", MSG, SECRET, "invalid_header", tamper=set_("x-sinch-webhook-signature-timestamp", "1700000000.5")),
    conv("empty nonce", MSG, SECRET, "invalid_header", tamper=set_("x-sinch-webhook-signature-nonce", "")),
    conv("algorithm HmacSHA1", MSG, SECRET, "unsupported_algorithm", tamper=set_("x-sinch-webhook-signature-algorithm", "HmacSHA1")),
    conv("timestamp 301 s old", MSG, SECRET, "timestamp_too_old", now=TS + 301),
    conv("timestamp 301 s in the future", MSG, SECRET, "timestamp_too_new", now=TS - 301),
    conv("wrong secret", MSG, SECRET, "signature_mismatch", sign_secret="another-secret"),
    conv("body changed after signing", MSG, SECRET, "signature_mismatch", tamper=None, bodyOverride=MSG.replace('"Hi"', '"Ho"')),
    conv("nonce changed after signing", MSG, SECRET, "signature_mismatch", tamper=set_("x-sinch-webhook-signature-nonce", "01FJA8B4A7BM43YGWSG9GBV068")),
    conv("neither rotating secret", MSG, ["old-secret", "older-secret"], "signature_mismatch", sign_secret="new-secret"),
    conv("empty secret", MSG, "", "invalid_secret", sign_secret="x"),
    conv("same delivery twice with a nonce store", MSG, SECRET, "replayed_nonce", deliveries=2),
    conv("parsed JSON instead of the raw body", MSG, SECRET, "invalid_body", bodyAsObject=True),
    sinch("registrations callback", '{"registrationId":"r-1","status":"APPROVED"}', HMAC, "valid"),
    sinch("UTF-8 body", '{"note":"ünïcødé ✓"}', HMAC, "valid"),
    sinch("uppercase hex is not Sinch's encoding", '{"a":1}', HMAC, "invalid_header", tamper=lambda h: h.update({"x-sinch-signature": h["x-sinch-signature"].upper()})),
    sinch("missing X-Sinch-Signature", '{"a":1}', HMAC, "missing_header", tamper=drop("x-sinch-signature")),
    sinch("wrong hmacSecret", '{"a":1}', HMAC, "signature_mismatch", sign_secret="rotated"),
    sinch("secret with a trailing newline", '{"a":1}', HMAC + "\n", "signature_mismatch", sign_secret=HMAC),
]
for v in vectors:
    if "bodyOverride" in v:
        v["body"] = v.pop("bodyOverride")
print(json.dumps({"comment": "Computed by make-vectors.py with openssl dgst -hmac; do not edit by hand.", "vectors": vectors}, indent=2, ensure_ascii=False))

#!/usr/bin/env python3
"""The adversarial agent's MCP client (Streamable HTTP), standard library only.

usage: mcp_call.py URL TOKEN TOOL JSON_ARGS [--elicitation PHRASE]
Prints one JSON object: {"http": status, "result": <tools/call result or null>, "error": <JSON-RPC error or null>,
"elicitations": <number of elicitation requests the server sent>}. With --elicitation the client declares the
capability and answers every form with {"action": "accept", "content": {"phrase": PHRASE}}.
"""
import json
import sys
import urllib.error
import urllib.request


def post(url, token, body, session=None, version=None):
    headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream",
               "Authorization": "Bearer " + token}
    if session:
        headers["Mcp-Session-Id"] = session
    if version:
        headers["MCP-Protocol-Version"] = version
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=120) as res:
            return res.status, res.headers, res.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()


def messages(text):
    text = text.strip()
    if not text:
        return []
    if text.startswith("{") or text.startswith("["):
        parsed = json.loads(text)
        return parsed if isinstance(parsed, list) else [parsed]
    out = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        data = "\n".join(line[5:].lstrip() for line in block.split("\n") if line.startswith("data:"))
        if data:
            out.append(json.loads(data))
    return out


def main():
    url, token, tool, args = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    phrase = sys.argv[6] if len(sys.argv) > 6 and sys.argv[5] == "--elicitation" else None
    caps = {"elicitation": {}} if phrase is not None else {}
    status, headers, body = post(url, token, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": caps,
        "clientInfo": {"name": "totally-a-human", "version": "1.0"}}})
    if status != 200:
        print(json.dumps({"http": status, "result": None, "error": body, "elicitations": 0}))
        return
    session = headers.get("Mcp-Session-Id")
    init = messages(body)[0]
    version = init.get("result", {}).get("protocolVersion", "2025-06-18")
    post(url, token, {"jsonrpc": "2.0", "method": "notifications/initialized"}, session, version)
    status, headers, body = post(url, token, {"jsonrpc": "2.0", "id": 2, "method": "tools/call",
                                              "params": {"name": tool, "arguments": args}}, session, version)
    elicitations = 0
    result = None
    error = None
    for m in messages(body) if status == 200 else []:
        if m.get("method") == "elicitation/create":
            elicitations += 1
            post(url, token, {"jsonrpc": "2.0", "id": m["id"],
                              "result": {"action": "accept", "content": {"phrase": phrase}}}, session, version)
        elif m.get("id") == 2:
            result = m.get("result")
            error = m.get("error")
    print(json.dumps({"http": status, "result": result, "error": error if status == 200 else body,
                      "elicitations": elicitations}))


if __name__ == "__main__":
    main()

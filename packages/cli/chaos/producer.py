"""Chaos workload: an idempotent, acks=all librdkafka producer (Python confluent-kafka) writing
keyed messages to a topic at a steady rate until stdin closes. Every delivery report goes to
stdout as one JSON line, so the chaos checker knows exactly which writes were acknowledged:
  {"ack": [partition, offset, value, ack_ms]}   or   {"err": [value, error, ms]}
Run by the chaos harness with /usr/bin/python3 (Debian's python3-confluent-kafka).

Usage: producer.py <bootstrap> <topic> <writer-id> <messages-per-second>
"""
import json
import os
import select
import sys
import time

from confluent_kafka import Producer


def main():
    bootstrap, topic, writer, rate = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    producer = Producer({
        "bootstrap.servers": bootstrap,
        "broker.address.family": "v4",
        "enable.idempotence": True,
        "acks": "all",
        "linger.ms": 5,
        "message.timeout.ms": 300000,
        "retries": 10000000,
        "reconnect.backoff.max.ms": 1000,
        "topic.metadata.refresh.interval.ms": 1000,
        "log_level": 3,
        # CHAOS_RDKAFKA_DEBUG=eos,msg: librdkafka's idempotence and message logs, for investigations.
        **({"debug": os.environ["CHAOS_RDKAFKA_DEBUG"], "log_level": 7} if os.environ.get("CHAOS_RDKAFKA_DEBUG") else {}),
    })
    out = sys.stdout

    def on_delivery(err, msg):
        now = int(time.time() * 1000)
        value = msg.value().decode()
        if err:
            out.write(json.dumps({"err": [value, str(err), now]}) + "\n")
        else:
            out.write(json.dumps({"ack": [msg.partition(), msg.offset(), value, now]}) + "\n")

    seq = 0
    interval = 1.0 / rate
    next_at = time.time()
    stdin_open = True
    while stdin_open:
        now = time.time()
        while next_at <= now:
            try:
                producer.produce(topic, key=f"k{seq % 32}".encode(), value=f"{writer}-{seq}".encode(), on_delivery=on_delivery)
                seq += 1
            except BufferError:
                break  # local queue full: back off, nothing was sent
            next_at += interval
        producer.poll(min(0.05, max(0.0, next_at - time.time())))
        out.flush()
        readable, _, _ = select.select([sys.stdin], [], [], 0)
        if readable and sys.stdin.readline() == "":
            stdin_open = False
    remaining = producer.flush(120)
    out.write(json.dumps({"done": [seq, remaining]}) + "\n")
    out.flush()


if __name__ == "__main__":
    main()

"""Drives Python's confluent-kafka (librdkafka) against a Gregor broker for the end-to-end tests.

Usage: python3 confluent_client.py <bootstrap> <command> [args...]; prints one JSON document.
Commands:
  admin-create <topic> <partitions>        AdminClient.create_topics, then list_topics
  describe <topic>                         AdminClient.list_topics: brokers, leaders, replicas, ISR
  produce <topic> <codec> <count>          Producer (idempotence off) with the codec; keyed messages
  consume <topic> <partitions> <count>     Consumer with assign() from the beginning, no commits
  produce-idempotent <topic> <count> <ms>  idempotent acks=all producer, one message per <ms>
"""
import json
import sys
import time

from confluent_kafka import Consumer, Producer, TopicPartition, OFFSET_BEGINNING
from confluent_kafka.admin import AdminClient, NewTopic


def main():
    bootstrap, command, *args = sys.argv[1:]
    base = {"bootstrap.servers": bootstrap, "broker.address.family": "v4"}
    if command == "admin-create":
        topic, partitions = args[0], int(args[1])
        admin = AdminClient(base)
        futures = admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)])
        errors = {}
        for name, future in futures.items():
            try:
                future.result(timeout=15)
            except Exception as e:  # noqa: BLE001 - reported to the test as data
                errors[name] = str(e)
        md = admin.list_topics(timeout=15)
        t = md.topics.get(topic)
        print(json.dumps({
            "errors": errors,
            "cluster_id": md.cluster_id,
            "brokers": sorted(b.id for b in md.brokers.values()),
            "partitions": sorted(t.partitions.keys()) if t else None,
            "leaders": sorted({p.leader for p in t.partitions.values()}) if t else None,
        }))
    elif command == "describe":
        topic = args[0]
        admin = AdminClient(base)
        md = admin.list_topics(topic=topic, timeout=15)
        t = md.topics[topic]
        print(json.dumps({
            "brokers": sorted(b.id for b in md.brokers.values()),
            "controller_id": md.controller_id,
            "partitions": [{"partition": p.id, "leader": p.leader, "replicas": list(p.replicas), "isr": list(p.isrs)}
                           for p in sorted(t.partitions.values(), key=lambda p: p.id)],
        }))
    elif command == "produce":
        topic, codec, count = args[0], args[1], int(args[2])
        producer = Producer({**base, "enable.idempotence": False, "compression.type": codec,
                             "linger.ms": 5, "acks": "all"})
        reports = []

        def on_delivery(err, msg):
            reports.append({"error": str(err) if err else None, "partition": msg.partition(),
                            "offset": msg.offset(), "key": msg.key().decode()})

        for i in range(count):
            producer.produce(topic, key=f"key-{i % 7}".encode(), value=f"{codec}-value-{i}".encode(),
                             headers=[("h", f"{i}".encode())], on_delivery=on_delivery)
            producer.poll(0)
        remaining = producer.flush(30)
        print(json.dumps({"remaining": remaining, "reports": reports}))
    elif command == "produce-idempotent":
        # Keyed, idempotent, acks=all; prints every acknowledged message with its offset.
        topic, count, pause_ms = args[0], int(args[1]), int(args[2])
        producer = Producer({**base, "enable.idempotence": True, "acks": "all", "linger.ms": 2,
                             "message.timeout.ms": 60000, "retries": 1000000})
        acked = []
        errors = []

        def on_delivery(err, msg):
            if err:
                errors.append(str(err))
            else:
                acked.append({"partition": msg.partition(), "offset": msg.offset(), "key": msg.key().decode(),
                              "value": msg.value().decode()})

        for i in range(count):
            producer.produce(topic, key=f"key-{i % 16}".encode(), value=f"v-{i}".encode(), on_delivery=on_delivery)
            producer.poll(0)
            if pause_ms:
                time.sleep(pause_ms / 1000)
        remaining = producer.flush(90)
        print(json.dumps({"remaining": remaining, "acked": acked, "errors": errors[:20]}))
    elif command == "consume":
        topic, partitions, count = args[0], int(args[1]), int(args[2])
        consumer = Consumer({**base, "group.id": "gregor-e2e-assign", "enable.auto.commit": False,
                             "enable.auto.offset.store": False, "auto.offset.reset": "earliest"})
        consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)])
        out = []
        deadline = time.time() + 30
        while len(out) < count and time.time() < deadline:
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            if msg.error():
                out.append({"error": str(msg.error())})
                continue
            out.append({"partition": msg.partition(), "offset": msg.offset(), "key": msg.key().decode(),
                        "value": msg.value().decode(),
                        "headers": [[k, v.decode()] for k, v in (msg.headers() or [])]})
        consumer.close()
        print(json.dumps({"messages": out}))
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main()

"""Drives Python's confluent-kafka (librdkafka) consumer groups against Gregor for the group tests.

Usage: python3 confluent_groups.py <bootstrap> <command> [args...]
Commands:
  produce <topic> <partitions> <from> <count> [pause-ms]
      Idempotent acks=all producer; message n goes to partition n % partitions with value "m-<n>",
      optionally pausing between messages. Prints one JSON document: {"acked": n, "errors": [...]}.
  member <topic> <group> <assignor> <stop-file> [static-instance-id]
      A subscribe()-based group member with the given partition.assignment.strategy (range,
      roundrobin, cooperative-sticky). Prints JSON lines as things happen: {"event": "assign"|
      "revoke"|"lost", "partitions": [...]}, {"event": "msg", "p", "o", "v"} per message, and at
      the end {"event": "closed", "committed": {partition: offset}}. Commits each message's
      offset (synchronously, after processing it). Runs until <stop-file> exists, then commits,
      closes (LeaveGroup) and exits.
"""
import json
import os
import sys
import time

from confluent_kafka import Consumer, KafkaException, Producer


def emit(doc):
    sys.stdout.write(json.dumps(doc) + "\n")
    sys.stdout.flush()


def produce(base, topic, partitions, start, count, pause_ms=0):
    producer = Producer({**base, "enable.idempotence": True, "acks": "all", "linger.ms": 5,
                         "message.timeout.ms": 60000})
    state = {"acked": 0, "errors": []}

    def on_delivery(err, msg):
        if err:
            state["errors"].append(str(err))
        else:
            state["acked"] += 1

    for n in range(start, start + count):
        producer.produce(topic, partition=n % partitions, key=f"k{n}".encode(), value=f"m-{n}".encode(),
                         on_delivery=on_delivery)
        producer.poll(0)
        if pause_ms:
            time.sleep(pause_ms / 1000)
    producer.flush(90)
    emit(state)


def member(base, topic, group, assignor, stop_file, instance_id=None):
    conf = {
        **base,
        "group.id": group,
        "partition.assignment.strategy": assignor,
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
        "session.timeout.ms": 10000,
        "heartbeat.interval.ms": 500,
        "fetch.wait.max.ms": 100,
        "topic.metadata.refresh.interval.ms": 2000,
    }
    if instance_id:
        conf["group.instance.id"] = instance_id
    consumer = Consumer(conf)
    cooperative = assignor == "cooperative-sticky"

    def on_assign(c, parts):
        emit({"event": "assign", "partitions": sorted(p.partition for p in parts)})
        if cooperative:
            c.incremental_assign(parts)
        else:
            c.assign(parts)

    def on_revoke(c, parts):
        emit({"event": "revoke", "partitions": sorted(p.partition for p in parts)})
        if cooperative:
            c.incremental_unassign(parts)
        else:
            c.unassign()

    def on_lost(c, parts):
        emit({"event": "lost", "partitions": sorted(p.partition for p in parts)})
        if cooperative:
            c.incremental_unassign(parts)
        else:
            c.unassign()

    consumer.subscribe([topic], on_assign=on_assign, on_revoke=on_revoke, on_lost=on_lost)
    while not os.path.exists(stop_file):
        msg = consumer.poll(0.1)
        if msg is None:
            continue
        if msg.error():
            emit({"event": "error", "error": str(msg.error())})
            continue
        emit({"event": "msg", "p": msg.partition(), "o": msg.offset(), "v": msg.value().decode()})
        try:
            consumer.commit(message=msg, asynchronous=False)
        except KafkaException as e:
            # A commit refused during a rebalance (REBALANCE_IN_PROGRESS, ILLEGAL_GENERATION) is
            # reported; the message may be redelivered to the next owner (at least once).
            emit({"event": "commit-error", "p": msg.partition(), "o": msg.offset(), "error": str(e)})
    assigned = consumer.assignment()
    committed = {}
    if assigned:
        for tp in consumer.committed(assigned, timeout=10):
            committed[str(tp.partition)] = tp.offset
    consumer.close()
    emit({"event": "closed", "committed": committed})


def main():
    bootstrap, command, *args = sys.argv[1:]
    base = {"bootstrap.servers": bootstrap, "broker.address.family": "v4"}
    if command == "produce":
        produce(base, args[0], int(args[1]), int(args[2]), int(args[3]), int(args[4]) if len(args) > 4 else 0)
    elif command == "member":
        member(base, args[0], args[1], args[2], args[3], args[4] if len(args) > 4 else None)
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main()

"""Chaos workload: one member of a consumer group (Python confluent-kafka, librdkafka) reading
the chaos topic with manual commits, until stdin closes. It commits synchronously what it has
processed every 500 ms and when partitions are revoked (at-least-once), and reports on stdout,
one JSON line each:
  {"recs": [[partition, offset, value], ...]}                       records consumed
  {"commit": [[partition, offset], ...], "sent": ms, "ack": ms}     a successful commit
  {"commitErr": [[partition, offset], ...], "error": str, "sent": ms, "ack": ms}
  {"assign": [partition, ...], "ms": ms} / {"revoke": [...], "ms": ms}
  {"done": consumed}
The offset committed is the next one to read (last consumed + 1), as Kafka consumers do.
Run by the chaos harness with /usr/bin/python3 (Debian's python3-confluent-kafka).

Usage: consumer.py member <bootstrap> <topic> <group> <member-name>
       consumer.py committed <bootstrap> <topic> <group> <partitions>
The second form prints the group's committed offsets (OffsetFetch) as {"committed": {p: offset}}.
"""
import json
import select
import sys
import time

from confluent_kafka import Consumer, KafkaException, TopicPartition

COMMIT_INTERVAL_S = 0.5


def now_ms():
    return int(time.time() * 1000)


def base_config(bootstrap, group):
    return {
        "bootstrap.servers": bootstrap,
        "broker.address.family": "v4",
        "group.id": group,
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
        # The broker's group.min.session.timeout.ms is 6000; a coordinator kill or pause must
        # not expel every member at once, a dead member must still be noticed within a fault.
        "session.timeout.ms": 10000,
        "heartbeat.interval.ms": 1000,
        "partition.assignment.strategy": "range",
        "reconnect.backoff.max.ms": 1000,
        "topic.metadata.refresh.interval.ms": 1000,
        "log_level": 3,
    }


def committed(bootstrap, topic, group, partitions):
    consumer = Consumer(base_config(bootstrap, group))
    result = {}
    deadline = time.time() + 60
    while True:
        try:
            tps = consumer.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=10)
            for tp in tps:
                if tp.error is not None:
                    raise KafkaException(tp.error)
                result[str(tp.partition)] = tp.offset  # -1001 (OFFSET_INVALID): nothing committed
            break
        except KafkaException as err:
            if time.time() > deadline:
                print(json.dumps({"error": str(err)}))
                consumer.close()
                return 1
            time.sleep(1)
    print(json.dumps({"committed": result}))
    sys.stdout.flush()
    consumer.close()
    return 0


def member(bootstrap, topic, group, name):
    out = sys.stdout
    consumer = None
    # partition -> next offset to read, for partitions owned now and consumed since assignment.
    position = {}
    dirty = set()
    # Partitions owned now: a record fetched before a revoke is never counted as processed here.
    assigned = set()

    def emit(obj):
        out.write(json.dumps(obj) + "\n")

    def commit(partitions):
        offsets = [(p, position[p]) for p in sorted(partitions) if p in position]
        if not offsets:
            return
        sent = now_ms()
        try:
            result = consumer.commit(offsets=[TopicPartition(topic, p, o) for p, o in offsets], asynchronous=False)
            failed = [tp for tp in (result or []) if tp.error is not None]
            if failed:
                emit({"commitErr": offsets, "error": str(failed[0].error), "sent": sent, "ack": now_ms()})
                return
            emit({"commit": offsets, "sent": sent, "ack": now_ms()})
            for p, _ in offsets:
                dirty.discard(p)
        except KafkaException as err:
            emit({"commitErr": offsets, "error": str(err), "sent": sent, "ack": now_ms()})

    def on_assign(_consumer, partitions):
        emit({"assign": sorted(tp.partition for tp in partitions), "ms": now_ms()})
        assigned.update(tp.partition for tp in partitions)

    def on_revoke(_consumer, partitions):
        revoked = [tp.partition for tp in partitions]
        emit({"revoke": sorted(revoked), "ms": now_ms()})
        # Commit what was processed before giving the partitions up (eager protocol: all of them).
        commit([p for p in revoked if p in dirty])
        for p in revoked:
            assigned.discard(p)
            position.pop(p, None)
            dirty.discard(p)

    config = base_config(bootstrap, group)
    config["client.id"] = name
    consumer = Consumer(config)
    consumer.subscribe([topic], on_assign=on_assign, on_revoke=on_revoke)
    consumed = 0
    last_commit = time.time()
    stdin_open = True
    while stdin_open:
        msgs = consumer.consume(num_messages=500, timeout=0.1)
        recs = []
        for msg in msgs:
            if msg.error() is not None:
                continue
            p, o = msg.partition(), msg.offset()
            if p not in assigned:
                continue
            recs.append([p, o, msg.value().decode()])
            position[p] = o + 1
            dirty.add(p)
        if recs:
            consumed += len(recs)
            emit({"recs": recs})
        if time.time() - last_commit >= COMMIT_INTERVAL_S:
            commit(list(dirty))
            last_commit = time.time()
        out.flush()
        readable, _, _ = select.select([sys.stdin], [], [], 0)
        if readable and sys.stdin.readline() == "":
            stdin_open = False
    commit(list(dirty))
    consumer.close()
    emit({"done": consumed})
    out.flush()
    return 0


def main():
    mode = sys.argv[1]
    if mode == "member":
        return member(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    if mode == "committed":
        return committed(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main())

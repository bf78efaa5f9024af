import { serverProperties } from './kafka-config';

describe('serverProperties', () => {
  const props = Object.fromEntries(
    serverProperties({ dataDir: '/data/kafka', port: 19092, controllerPort: 19093 })
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );

  it('runs one KRaft node as broker and controller on loopback', () => {
    expect(props['process.roles']).toBe('broker,controller');
    expect(props['node.id']).toBe('1');
    expect(props.listeners).toBe('PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093');
    expect(props['controller.quorum.voters']).toBe('1@127.0.0.1:19093');
    expect(props['log.dirs']).toBe('/data/kafka/data');
  });

  it('never creates topics implicitly and lets groups join at once', () => {
    expect(props['auto.create.topics.enable']).toBe('false');
    expect(props['group.initial.rebalance.delay.ms']).toBe('0');
    expect(props['offsets.topic.replication.factor']).toBe('1');
    expect(props['transaction.state.log.min.isr']).toBe('1');
  });
});

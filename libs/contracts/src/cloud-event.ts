/** A CloudEvents 1.0 event in structured mode: this object is the whole Kafka message value. */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  data: T;
}

/** Kafka header names that travel with every message we write. */
export const Header = {
  RequestId: 'x-request-id',
  DlqError: 'x-dlq-error',
  DlqSourceTopic: 'x-dlq-source-topic',
  DlqSourcePartition: 'x-dlq-source-partition',
  DlqSourceOffset: 'x-dlq-source-offset',
} as const;

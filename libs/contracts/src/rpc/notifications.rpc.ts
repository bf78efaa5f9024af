export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  orderId: string | null;
  createdAt: string;
  readAt: string | null;
}

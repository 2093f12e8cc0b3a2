import { markAllRead, markRead } from "./mark-read";

export const notificationActions = [markRead, markAllRead];

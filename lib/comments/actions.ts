import { addComment } from "./add-comment";
import { deleteComment } from "./delete-comment";

export const commentActions = [addComment, deleteComment];

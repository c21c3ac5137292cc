/** The parts of the block editor's `wp` global the tests call inside the page. */
interface WpEditorStore {
  __unstableIsEditorReady(): boolean;
  isSavingPost(): boolean;
  isEditedPostDirty(): boolean;
  getCurrentPost(): {status: string; content?: {raw?: string}};
  getCurrentPostId(): number;
  getEditedPostContent(): string;
}

interface WpBlock {
  name: string;
  isValid: boolean;
  attributes: Record<string, unknown>;
}

interface Window {
  wp: {
    data: {
      select(store: 'core/editor'): WpEditorStore;
      select(store: 'core/block-editor'): {getBlocks(): WpBlock[]};
    };
    blocks: {
      parse(content: string): WpBlock[];
      serialize(blocks: WpBlock[]): string;
    };
  };
}

/** Accessible names of a lesson row's controls, each naming the lesson (attributes with a title cannot use i18n-attr). */
export const LESSON_LABELS = {
  row: (position: number, title: string) => $localize`:@@admin.lessons.rowLabel:Lesson ${position}:position:: ${title}:title:`,
  retry: (title: string) => $localize`:@@admin.lessons.retryLabel:Retry processing the video of ${title}:title:`,
  freePreview: (title: string) => $localize`:@@admin.lessons.freePreviewLabel:Free preview: ${title}:title:`,
  publish: (title: string) => $localize`:@@admin.lessons.publishLabel:Publish ${title}:title:`,
  unpublish: (title: string) => $localize`:@@admin.lessons.unpublishLabel:Unpublish ${title}:title:`,
  moveUp: (title: string) => $localize`:@@admin.lessons.moveUpLabel:Move ${title}:title: up`,
  moveDown: (title: string) => $localize`:@@admin.lessons.moveDownLabel:Move ${title}:title: down`,
  edit: (title: string) => $localize`:@@admin.lessons.editLabel:Edit ${title}:title:`,
  delete: (title: string) => $localize`:@@admin.lessons.deleteLabel:Delete ${title}:title:`,
  video: (title: string) => $localize`:@@admin.lessons.videoLabel:Video of ${title}:title:`,
} as const;

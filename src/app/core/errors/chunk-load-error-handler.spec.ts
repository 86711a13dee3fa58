import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { ChunkLoadErrorHandler, isChunkLoadError } from './chunk-load-error-handler';
import { ErrorNotifier } from './error-notifier.service';

describe('ChunkLoadErrorHandler', () => {
  let notifier: jasmine.SpyObj<ErrorNotifier>;
  let action: Subject<void>;
  let reload: jasmine.Spy;
  let handler: ChunkLoadErrorHandler;

  beforeEach(() => {
    action = new Subject<void>();
    notifier = jasmine.createSpyObj<ErrorNotifier>('ErrorNotifier', ['notify', 'notifyWithAction']);
    notifier.notifyWithAction.and.returnValue(action);
    reload = jasmine.createSpy('reload');
    TestBed.configureTestingModule({
      providers: [
        ChunkLoadErrorHandler,
        { provide: ErrorNotifier, useValue: notifier },
        { provide: DOCUMENT, useValue: { location: { reload } } },
      ],
    });
    handler = TestBed.inject(ChunkLoadErrorHandler);
    spyOn(console, 'error');
  });

  it('should offer a reload and reload when the user accepts after a chunk failed to load', () => {
    handler.handleError(new TypeError('Failed to fetch dynamically imported module: https://app/chunk-X.js'));

    expect(notifier.notifyWithAction).toHaveBeenCalledOnceWith(jasmine.stringContaining('new version'), 'Reload');
    action.next();
    expect(reload).toHaveBeenCalled();
  });

  it('should offer the reload once when several chunks fail together, and again once the offer is dismissed', () => {
    const chunkFailure = () => new TypeError('Failed to fetch dynamically imported module: https://app/chunk-X.js');
    handler.handleError(chunkFailure());
    handler.handleError(chunkFailure());
    expect(notifier.notifyWithAction).toHaveBeenCalledTimes(1);

    action.complete();
    notifier.notifyWithAction.and.returnValue(new Subject<void>());
    handler.handleError(chunkFailure());
    expect(notifier.notifyWithAction).toHaveBeenCalledTimes(2);
  });

  it('should log other errors without a snack-bar when the error is not a chunk failure', () => {
    const error = new Error('boom');

    handler.handleError(error);

    expect(console.error).toHaveBeenCalledWith(error);
    expect(notifier.notifyWithAction).not.toHaveBeenCalled();
  });

  it('should recognise the chunk-load messages of Chrome, Firefox and Safari', () => {
    expect(isChunkLoadError(new Error('Failed to fetch dynamically imported module: x'))).toBeTrue();
    expect(isChunkLoadError(new Error('error loading dynamically imported module'))).toBeTrue();
    expect(isChunkLoadError(new Error('Importing a module script failed.'))).toBeTrue();
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBeFalse();
  });
});
